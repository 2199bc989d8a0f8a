package org.liaison.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInput;

/**
 * Filters for searching the audit log; every one is optional and they combine with "and".
 *
 * @param text part of the subject, case-insensitive
 * @param from inclusive lower bound of {@code occurredAt}
 * @param to exclusive upper bound of {@code occurredAt}
 */
public record AuditQuery(@Nullable String actor, @Nullable String agency, @Nullable AuditAction action,
                         @Nullable Outcome outcome, @Nullable String text, @Nullable Instant from,
                         @Nullable Instant to) {

    public AuditQuery {
        actor = clean(actor, 100, "actor");
        agency = clean(agency, 64, "agency");
        text = clean(text, 100, "text");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("the time range ends before it starts");
        }
    }

    /** No filter: the whole log. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    private static @Nullable String clean(@Nullable String value, int max, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(name + " is longer than " + max + " characters");
        }
        return trimmed;
    }
}
