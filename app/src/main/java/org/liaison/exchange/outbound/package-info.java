/**
 * The sending side: the outbox, the delivery loops with their retries and batches, read notices owed to partners, and
 * the client that reaches them.
 */
@NullMarked
package org.liaison.exchange.outbound;

import org.jspecify.annotations.NullMarked;
