package org.liaison.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.chain.ChainSequencer;
import org.liaison.shared.Actor;
import org.liaison.shared.RequestIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way every module writes to the audit trail. Public facade of the audit module.
 *
 * <p>{@link #record} joins the caller's transaction, so a change and its entry commit together or not at
 * all (fail closed: if the entry cannot be written, the change rolls back). {@link #recordRejection} writes
 * in a transaction of its own, for failures and denials whose business transaction rolls back.
 *
 * <p>An entry is written as pending in the caller's transaction and appended to the hash chain right after
 * that transaction commits, together with whatever else committed meanwhile ({@link ChainSequencer}): by the
 * time the transactional call that recorded it returns, the entry is in the chain. No business transaction
 * holds the chain lock, so audited changes commit side by side.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAILS = 4000;
    private static final String INSERT = """
            insert into audit_pending (occurred_at, actor, agency, action, subject, outcome, request_id, details)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final ChainSequencer sequencer;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, ChainSequencer sequencer, Clock clock) {
        this.jdbc = jdbc;
        this.sequencer = sequencer;
        this.clock = clock;
    }

    /** Records a successful change made by the current officer (or the system) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String subject, String details) {
        append(action, subject, Outcome.SUCCEEDED, details, actorName(), actorAgency());
    }

    /** Records a failed or denied action; commits even though the caller's transaction may roll back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRejection(AuditAction action, String subject, Outcome outcome, String details) {
        append(action, subject, outcome, details, actorName(), actorAgency());
    }

    /** Records an action on behalf of a named actor who is not (yet) the authenticated principal, e.g. a login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(String actor, @Nullable String agency, AuditAction action, String subject,
                          Outcome outcome, String details) {
        append(action, subject, outcome, details, actor, agency);
    }

    /**
     * Records several successful changes in the caller's transaction, in order, as one round trip to the
     * database: what a delivery batch of many messages needs, where one statement per entry would dominate.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        var actor = actorName();
        var agency = actorAgency();
        jdbc.batchUpdate(INSERT, records.stream()
                .map(r -> row(r.action(), r.subject(), Outcome.SUCCEEDED, r.details(), actor, agency)).toList());
        sequencer.chainAfterCommit();
    }

    private void append(AuditAction action, String subject, Outcome outcome, String details,
                        String actor, @Nullable String agency) {
        jdbc.update(INSERT, row(action, subject, outcome, details, actor, agency));
        sequencer.chainAfterCommit();
    }

    private Object[] row(AuditAction action, String subject, Outcome outcome, String details, String actor,
                         @Nullable String agency) {
        var at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return new Object[] {Timestamp.from(at), truncate(actor, 100), agency, action.name(), truncate(subject, 300),
                outcome.name(), RequestIds.current(), truncate(details, MAX_DETAILS)};
    }

    private static String actorName() {
        return Actor.currentName();
    }

    private static @Nullable String actorAgency() {
        return Actor.current().map(Actor::agencyId).filter(a -> !a.isEmpty()).orElse(null);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
