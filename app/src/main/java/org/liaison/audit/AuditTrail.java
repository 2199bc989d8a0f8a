package org.liaison.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Actor;
import org.liaison.shared.RequestIds;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
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

    /** The transaction in which this thread holds the chain lock, if any, and the head it last appended. */
    private static final ThreadLocal<@Nullable Held> HELD = new ThreadLocal<>();

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
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

    /**
     * Records several successful changes in the caller's transaction, in order, as one round trip to the
     * database: what a delivery batch of many messages needs, where one statement per entry would dominate.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<AuditEntry> recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        var held = lockChain();
        var entries = records.stream()
                .map(r -> next(held, r.action(), r.subject(), Outcome.SUCCEEDED, r.details(), actorName(), actorAgency()))
                .toList();
        jdbc.batchUpdate(INSERT, entries.stream().map(AuditTrail::row).toList());
        return entries;
    }

    private AuditEntry append(AuditAction action, String subject, Outcome outcome, String details,
                              String actor, @Nullable String agency) {
        var entry = next(lockChain(), action, subject, outcome, details, actor, agency);
        jdbc.update(INSERT, row(entry));
        return entry;
    }

    /** The next entry of the chain, hashed onto the head; the caller inserts it before anything else appends. */
    private AuditEntry next(Held held, AuditAction action, String subject, Outcome outcome, String details,
                            String actor, @Nullable String agency) {
        if (held.head == null) {
            // Under the lock nobody else appends, so after this transaction's first entry its own last one is the head.
            held.head = jdbc.queryForStream("select seq, hash from audit_entry order by seq desc limit 1",
                            (rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                    .findFirst().orElse(new Head(0, ChainHash.GENESIS));
        }
        long seq = held.head.seq() + 1;
        String prev = held.head.hash();
        var at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        var entry = new AuditEntry(seq, at, truncate(actor, 100), agency, action.name(), truncate(subject, 300), outcome,
                RequestIds.current(), truncate(details, MAX_DETAILS), prev, "");
        var hash = ChainHash.of(entry);
        held.head = new Head(seq, hash);
        return new AuditEntry(seq, at, entry.actor(), agency, entry.action(), entry.subject(), outcome,
                entry.requestId(), entry.details(), prev, hash);
    }

    private static final String INSERT = """
            insert into audit_entry (seq, occurred_at, actor, agency, action, subject, outcome, request_id,
                                     details, prev_hash, hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static Object[] row(AuditEntry e) {
        return new Object[] { e.seq(), java.sql.Timestamp.from(e.occurredAt()), e.actor(), e.agency(), e.action(),
                e.subject(), e.outcome().name(), e.requestId(), e.details(), e.prevHash(), e.hash() };
    }

    private Held lockChain() {
        var transaction = TransactionSynchronizationManager.getResource(dataSource);
        var held = HELD.get();
        if (held != null && held.transaction == transaction) {
            return held;
        }
        if (held != null) {
            throw new IllegalStateException("this thread holds the audit chain lock in a suspended transaction; "
                    + "record the rejection after that transaction has ended");
        }
        jdbc.queryForList("select pg_advisory_xact_lock(?)", CHAIN_LOCK);
        var taken = new Held(transaction);
        HELD.set(taken);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                HELD.remove();
            }
        });
        return taken;
    }

    /** The chain lock held in one transaction, and the entry at the head of the chain once known. */
    private static final class Held {

        private final @Nullable Object transaction;
        private @Nullable Head head;

        Held(@Nullable Object transaction) {
            this.transaction = transaction;
        }
    }

    private record Head(long seq, String hash) {
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
