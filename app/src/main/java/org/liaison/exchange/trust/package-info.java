/**
 * Partner nodes and the keys pinned for them, this node's signed key export, and sealing and opening signed envelopes
 * and receipts.
 */
@NullMarked
package org.liaison.exchange.trust;

import org.jspecify.annotations.NullMarked;
