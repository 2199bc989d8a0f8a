package org.liaison.audit.web;

import java.time.Instant;

import org.liaison.audit.AuditEntry;
import org.liaison.audit.Outcome;
import org.liaison.audit.verifier.ChainWalk;


/** An entry as the viewer shows it: outcome as a badge, the time for {@code @when} to write. */
record AuditRow(long seq, Instant time, String actor, String agency, String action, String subject, Outcome outcome,
                String badge, String details, String requestId, String hash) {

    static AuditRow of(AuditEntry e) {
        var badge = switch (e.outcome()) {
            case SUCCEEDED -> "ok";
            case FAILED -> "warn";
            case DENIED -> "bad";
        };
        return new AuditRow(e.seq(), e.occurredAt(), e.actor(), e.agency() == null ? "" : e.agency(),
                e.action(), e.subject(), e.outcome(), badge, e.details(),
                e.requestId() == null ? "" : e.requestId(), ChainWalk.abbreviate(e.hash()));
    }
}
