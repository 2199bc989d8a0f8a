/** The registry's store and rules: rows, clauses, texts, who sees what, expiry, and the policy kept current. */
@NullMarked
package org.liaison.agreements.internal;

import org.jspecify.annotations.NullMarked;
