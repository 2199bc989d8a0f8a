package org.liaison.agreements;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The policy's decision as told to an officer (ADR 0007, amendment of 2026-12-04): the same verdict as
 * {@link PolicyDecision}, explained only by agreements the officer may see. When what allows the flow is a
 * restricted agreement the officer may not see, the answer is {@code withheld}: allowed, with the handling
 * code the data must carry, but no clause, no retention period and nothing of the agreement in the
 * explanation. A denial names the closest clause among the visible agreements only, and otherwise says that
 * no agreement the officer may see connects the agencies.
 */
public record PolicyAnswer(boolean allowed,
                           @Nullable ClauseRef clause,
                           @Nullable HandlingCode handling,
                           @Nullable Integer retentionDays,
                           @Nullable DenyReason reason,
                           PolicyExplanation why,
                           boolean withheld) {

    /** From the decision over every agreement and the decision over those the officer may see. */
    public static PolicyAnswer of(PolicyDecision decision, PolicyDecision seen, PolicyQuery query) {
        if (decision.allowed() && !seen.allowed()) {
            return new PolicyAnswer(true, null, decision.handling(), null, null,
                    PolicyExplanation.withoutClause(PolicyExplanation.Code.WITHHELD, query, decision.handling()), true);
        }
        return new PolicyAnswer(seen.allowed(), seen.clause(), seen.handling(),
                seen.allowed() ? seen.retentionDays() : null, seen.reason(), seen.why(), false);
    }

    /** Why, in English: for APIs and logs (pages render {@link #why()} in the officer's language). */
    @JsonProperty("explanation")
    public String explanation() {
        return why.english();
    }
}
