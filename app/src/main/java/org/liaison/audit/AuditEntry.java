package org.liaison.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One link of the chain, as stored. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        @Nullable String agency,
        String action,
        String subject,
        Outcome outcome,
        @Nullable String requestId,
        String details,
        String prevHash,
        String hash) {
}
