package org.liaison.exchange;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.PolicyDecision;

/**
 * How long this node keeps a message and where that stands (ADR 0011): the clause of this node's own policy
 * decision (the sender's on the sending node, the receiver's re-check on the receiving one), its handling code
 * and retention, the moment the payload is purged, when it was, and a prosecutor's legal hold if any. Messages
 * stored before retention was recorded, under a clause this node does not know, have no clause and no date.
 *
 * @param purgeAfter sent (or received) + {@code days}; the purge erases the payload after this moment
 * @param purgedAt when the payload was erased; metadata, envelope hash and receipt stay
 */
public record Retention(@Nullable String clause, @Nullable String handling, @Nullable Integer days,
                        @Nullable Instant purgeAfter, @Nullable Instant purgedAt, @Nullable LegalHold hold) {

    /** What a policy decision that allowed a message sets, counted from {@code from}. */
    public static Retention under(PolicyDecision decision, Instant from) {
        if (!decision.allowed() || decision.clause() == null || decision.handling() == null) {
            throw new IllegalArgumentException("only an allowing decision sets a retention");
        }
        return new Retention(decision.clause().toString(), decision.handling().name(), decision.retentionDays(),
                from.plus(Duration.ofDays(decision.retentionDays())), null, null);
    }

    public boolean recorded() {
        return purgeAfter != null;
    }

    public boolean purged() {
        return purgedAt != null;
    }

    public boolean held() {
        return hold != null;
    }
}
