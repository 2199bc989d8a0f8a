package org.liaison.agreements;

import org.jspecify.annotations.Nullable;

/**
 * The policy's answer: allowed with the clause that allows it (and the handling code and retention that
 * clause sets), or denied with the reason and the clause that came closest, if any.
 */
public record PolicyDecision(boolean allowed,
                             @Nullable ClauseRef clause,
                             @Nullable HandlingCode handling,
                             int retentionDays,
                             @Nullable DenyReason reason,
                             String explanation) {

    public static PolicyDecision allow(ClauseRef clause, HandlingCode handling, int retentionDays, String explanation) {
        return new PolicyDecision(true, clause, handling, retentionDays, null, explanation);
    }

    public static PolicyDecision deny(DenyReason reason, @Nullable ClauseRef closest, String explanation) {
        return new PolicyDecision(false, closest, null, 0, reason, explanation);
    }
}
