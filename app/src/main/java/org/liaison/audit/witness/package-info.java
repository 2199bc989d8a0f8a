/**
 * Witnessing between partners: the heads of partners' chains that this node holds for them, and the conflicting
 * heads a partner ever offered.
 */
@NullMarked
package org.liaison.audit.witness;

import org.jspecify.annotations.NullMarked;
