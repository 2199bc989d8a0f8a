package org.liaison.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Actor;
import org.liaison.shared.RequestIds;
import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way every module writes to the audit trail. Public facade of the audit module.
 *
 * <p>{@link #record} joins the caller's transaction, so a change and its entry commit together or not at
 * all (fail closed: if the entry cannot be written, the change rolls back). {@link #recordRejection} writes
 * in a transaction of its own, for failures and denials whose business transaction rolls back.
 *
 * <p>The chain lock taken by an append is held until the caller's transaction ends, so record as late in the
 * transaction as possible. A thread that holds it in a transaction and then asks for a rejection in a new
 * one would wait for itself forever; that is refused at once instead.
 */
@Service
public class AuditTrail {

    /** Serialises appends across every instance of the node that shares this database. */
    private static final long CHAIN_LOCK = 0x4c_69_61_69_73_6f_6eL;
    private static final int MAX_DETAILS = 4000;

    /** The transaction (its connection holder) in which this thread holds the chain lock, if any. */
    private static final ThreadLocal<@Nullable Object> LOCK_OWNER = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Records a successful change made by the current officer (or the system) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditAction action, String subject, String details) {
        return append(action, subject, Outcome.SUCCEEDED, details, actorName(), actorAgency());
    }

    /** Records a failed or denied action; commits even though the caller's transaction may roll back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordRejection(AuditAction action, String subject, Outcome outcome, String details) {
        return append(action, subject, outcome, details, actorName(), actorAgency());
    }

    /** Records an action on behalf of a named actor who is not (yet) the authenticated principal, e.g. a login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry recordFor(String actor, @Nullable String agency, AuditAction action, String subject,
                                Outcome outcome, String details) {
        return append(action, subject, outcome, details, actor, agency);
    }

    private AuditEntry append(AuditAction action, String subject, Outcome outcome, String details,
                              String actor, @Nullable String agency) {
        lockChain();
        var head = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
                .optional();
        long seq = head.map(h -> (Long) h[0] + 1).orElse(1L);
        String prev = head.map(h -> (String) h[1]).orElse(ChainHash.GENESIS);
        var at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var safeDetails = truncate(details, MAX_DETAILS);
        var safeSubject = truncate(subject, 300);
        var entry = new AuditEntry(seq, at, truncate(actor, 100), agency, action.name(), safeSubject, outcome,
                RequestIds.current(), safeDetails, prev, "");
        var hash = ChainHash.of(entry);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, agency, action, subject, outcome, request_id,
                                         details, prev_hash, hash)
                values (:seq, :at, :actor, :agency, :action, :subject, :outcome, :requestId, :details, :prev, :hash)
                """)
                .param("seq", seq).param("at", java.sql.Timestamp.from(at)).param("actor", entry.actor())
                .param("agency", agency).param("action", action.name()).param("subject", safeSubject)
                .param("outcome", outcome.name()).param("requestId", entry.requestId())
                .param("details", safeDetails).param("prev", prev).param("hash", hash)
                .update();
        return new AuditEntry(seq, at, entry.actor(), agency, action.name(), safeSubject, outcome,
                entry.requestId(), safeDetails, prev, hash);
    }

    private void lockChain() {
        var transaction = TransactionSynchronizationManager.getResource(dataSource);
        var owner = LOCK_OWNER.get();
        if (owner == transaction) {
            return;
        }
        if (owner != null) {
            throw new IllegalStateException("this thread holds the audit chain lock in a suspended transaction; "
                    + "record the rejection after that transaction has ended");
        }
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        LOCK_OWNER.set(transaction);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                LOCK_OWNER.remove();
            }
        });
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
