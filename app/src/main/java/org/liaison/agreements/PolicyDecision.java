package org.liaison.agreements;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The policy's answer: allowed with the clause that allows it (and the handling code and retention that
 * clause sets), or denied with the reason and the clause that came closest, if any; {@code why} says it as a
 * code with arguments, for each reader in their language.
 */
public record PolicyDecision(boolean allowed,
                             @Nullable ClauseRef clause,
                             @Nullable HandlingCode handling,
                             int retentionDays,
                             @Nullable DenyReason reason,
                             PolicyExplanation why) {

    public static PolicyDecision allow(ClauseRef clause, HandlingCode handling, int retentionDays, PolicyExplanation why) {
        return new PolicyDecision(true, clause, handling, retentionDays, null, why);
    }

    public static PolicyDecision deny(DenyReason reason, @Nullable ClauseRef closest, PolicyExplanation why) {
        return new PolicyDecision(false, closest, null, 0, reason, why);
    }

    /** Why, in English: for APIs, logs and audit entries (pages render {@link #why()} in the officer's language). */
    @JsonProperty("explanation")
    public String explanation() {
        return why.english();
    }
}
