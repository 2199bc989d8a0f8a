/** Audit witnessing between partners (ADR 0004): this node's checkpoints handed to them, and theirs held here. */
@NullMarked
package org.liaison.exchange.witness;

import org.jspecify.annotations.NullMarked;
