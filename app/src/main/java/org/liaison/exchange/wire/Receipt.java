package org.liaison.exchange.wire;

import java.time.Instant;

/**
 * What the receiver signs when it has stored a message: the sender keeps it as proof of delivery. It binds
 * the exact envelope by its SHA-256, so it proves receipt of those bytes and no others.
 */
public record Receipt(int v, String messageId, String idempotencyKey, String envelopeSha256, String receiverNode,
               String receiverAgency, Instant receivedAt, String clause) {

    public static final String TYPE = "liaison-receipt+jws";
}
