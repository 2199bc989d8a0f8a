package org.liaison.exchange;

import org.jspecify.annotations.Nullable;

/** A search of the message log: outbox, inbox or both, a status, free text (subject, agency, clause, error). */
public record MessageSearch(@Nullable Boolean outgoing, @Nullable MessageStatus status, @Nullable String text,
                            int page, int size) {
}
