package org.liaison.exchange.payload;

import org.jspecify.annotations.Nullable;

/**
 * What a message says: one record per data category and version, with the fields every message has. Its JSON is
 * the envelope's {@code payload}, checked against the record (no unknown field, every limit of its annotations) by
 * the sender before signing and by the receiver before storing (ADR 0013).
 */
public interface Payload {

    /** Longest subject: it heads message lists. */
    int SUBJECT = 200;
    /** Longest body. */
    int BODY = 20_000;
    /** Longest value of any other text field. */
    int TEXT = 500;

    /** One line that names the message, 1 to 200 characters. */
    String subject();

    /** The message itself, up to 20,000 characters. */
    String body();

    /** The sender's own reference (a case or file number), if any. */
    @Nullable String reference();
}
