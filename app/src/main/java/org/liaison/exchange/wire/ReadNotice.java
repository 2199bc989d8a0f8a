package org.liaison.exchange.wire;

import java.time.Instant;

/**
 * What a receiving node signs when one of its officers first opens a message, for the sender's node: it
 * binds the envelope by its SHA-256, so the sender can keep it as evidence that those bytes were read.
 */
public record ReadNotice(int v, String messageId, String envelopeSha256, String readerNode, String readerAgency,
                         Instant readAt) {

    public static final String TYPE = "liaison-read+jws";
}
