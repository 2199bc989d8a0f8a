package org.liaison.exchange;

import java.time.Instant;

import org.liaison.shared.InvalidInput;

/**
 * A prosecutor's order to keep a message past its retention (ADR 0011): while it stands, the purge skips the
 * message. One hold per message; placing it again replaces the reason.
 *
 * @param by the prosecutor's username
 * @param agency the prosecutor's agency, the message's own agency or one above it
 */
public record LegalHold(String reason, String by, String agency, Instant since) {

    public static final int MAX_REASON = 500;

    /** The reason as stored: stripped, required, at most {@value #MAX_REASON} characters. */
    public static String reasonOf(@org.jspecify.annotations.Nullable String reason) {
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new InvalidInput("exchange.refusal.holdReason", "a legal hold needs a reason of 1 to " + MAX_REASON + " characters");
        }
        return text;
    }
}
