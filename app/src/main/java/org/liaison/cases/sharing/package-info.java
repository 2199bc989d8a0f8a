/** Sharing case summaries through the exchange, and partner cases received. */
@NullMarked
package org.liaison.cases.sharing;

import org.jspecify.annotations.NullMarked;
