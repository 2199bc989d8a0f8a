package org.liaison.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How the exchange with one partner node stands, as far as the officer's agencies took part in it.
 *
 * @param lastContact the latest message received from the node or receipt it signed
 * @param waiting messages still queued for the node (not yet acknowledged with a receipt)
 * @param lastReceipt when the node last acknowledged a message with a signed receipt
 */
public record PartnerActivity(String node, boolean trusted, @Nullable Instant lastContact, long waiting,
                              @Nullable Instant lastReceipt) {
}
