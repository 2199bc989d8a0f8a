/**
 * The wire formats between nodes, in one place: signed envelopes, receipts and read notices, delivery bodies and
 * answers, key exports, witness offers, and why a receiver refuses.
 */
@NullMarked
package org.liaison.exchange.wire;

import org.jspecify.annotations.NullMarked;
