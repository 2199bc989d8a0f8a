package org.liaison.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends pending entries to the hash chain (ADR 0004, amendment): group commit for the audit trail.
 *
 * <p>A transaction that recorded entries asks, once it has committed, for everything committed so far to be
 * chained, and returns only when it is, so whoever reads the trail afterwards finds its entries there. One
 * thread per JVM chains at a time, everything pending in one short transaction under the chain lock (which
 * serialises instances too); the threads that asked meanwhile find their entries chained by it and return
 * without a transaction of their own. A pass every {@code liaison.audit.chain-interval} chains what a failed or
 * crashed request left pending, on whichever instance runs it first.
 *
 * <p>The append runs on a connection of its own, outside the node's pool: the threads waiting for it still hold
 * their pooled connections (a transaction's connection is released only after its completion callbacks), so
 * with every pooled connection held by a waiter, an append that needed one would never start.
 */
@Component
public class ChainSequencer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChainSequencer.class);

    /** Serialises appends across every instance of the node that shares this database. */
    private static final long CHAIN_LOCK = 0x4c_69_61_69_73_6f_6eL;
    private static final int BATCH = 2_000;

    private final CheckpointSigner checkpoints;
    private final @Nullable HikariDataSource ownPool;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ReentrantLock chaining = new ReentrantLock();
    private final AtomicLong requested = new AtomicLong();
    private volatile long completed;
    private long appendedUpTo;

    ChainSequencer(DataSource shared, CheckpointSigner checkpoints) {
        this.checkpoints = checkpoints;
        this.ownPool = shared instanceof HikariDataSource hikari ? ownPool(hikari) : null;
        if (ownPool == null) {
            log.warn("the data source is not a Hikari pool: audit appends share it, so keep it larger than the "
                    + "number of threads that can commit audited changes at once");
        }
        var dataSource = ownPool != null ? ownPool : shared;
        this.jdbc = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** One connection to the same database with the same settings, for the appends alone. */
    private static HikariDataSource ownPool(HikariDataSource shared) {
        var config = new HikariConfig();
        shared.copyStateTo(config);
        config.setPoolName(shared.getPoolName() + "-audit-chain");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setMetricRegistry(null);
        config.setMetricsTrackerFactory(null);
        config.setHealthCheckRegistry(null);
        return new HikariDataSource(config);
    }

    @Override
    public void destroy() {
        if (ownPool != null) {
            ownPool.close();
        }
    }

    /** Chains the current transaction's pending entries once it has committed (registered once per transaction). */
    public void chainAfterCommit() {
        if (TransactionSynchronizationManager.getSynchronizations().stream().noneMatch(ChainOnCommit.class::isInstance)) {
            TransactionSynchronizationManager.registerSynchronization(new ChainOnCommit());
        }
    }

    @Scheduled(fixedDelayString = "${liaison.audit.chain-interval:PT1S}", initialDelayString = "${liaison.audit.chain-interval:PT1S}")
    void chainStragglers() {
        chainCommitted();
    }

    /** Returns once every entry committed before the call is in the chain (or, on failure, after logging it). */
    void chainCommitted() {
        long ticket = requested.incrementAndGet();
        chaining.lock();
        try {
            if (completed >= ticket) {
                return;
            }
            long target = requested.get();
            while (Boolean.TRUE.equals(ownTransaction.execute(status -> appendPending()))) {
                // a full batch: there may be more
            }
            completed = target;
            checkpoints.headMovedTo(appendedUpTo);
        } catch (RuntimeException e) {
            // The entries are committed and stay pending; the next request or pass chains them.
            log.warn("could not chain pending audit entries now: {}", e.getMessage());
        } finally {
            chaining.unlock();
        }
    }

    /** Moves up to a batch of pending entries into the chain; true if the batch was full. */
    private boolean appendPending() {
        // The append need not wait for its commit to reach the disk: what it writes is derived from pending rows
        // that are durable already, and a crash that loses it leaves them pending, to be chained again. A
        // checkpoint, committed synchronously, flushes the log up to itself, so it never covers a lost append.
        jdbc.execute("set local synchronous_commit to off");
        jdbc.queryForList("select pg_advisory_xact_lock(?)", CHAIN_LOCK);
        var pending = jdbc.query("""
                select id, occurred_at, actor, agency, action, subject, outcome, request_id, details
                from audit_pending order by id limit ?""", ChainSequencer::pending, BATCH);
        if (pending.isEmpty()) {
            return false;
        }
        var head = jdbc.query("select seq, hash from audit_entry order by seq desc limit 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2))).stream().findFirst().orElse(new Head(0, ChainHash.GENESIS));
        var rows = chained(pending, head);
        var ids = pending.stream().map(Pending::id).toArray(Long[]::new);
        jdbc.batchUpdate("""
                insert into audit_entry (seq, occurred_at, actor, agency, action, subject, outcome, request_id,
                                         details, prev_hash, hash, pending_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.update(connection -> {
            var delete = connection.prepareStatement("delete from audit_pending where id = any(?)");
            delete.setArray(1, connection.createArrayOf("bigint", ids));
            return delete;
        });
        appendedUpTo = head.seq() + pending.size();
        return pending.size() == BATCH;
    }

    /** The pending entries as rows of the chain, each hashed onto the one before, starting at the head. */
    private static List<Object[]> chained(List<Pending> pending, Head head) {
        long seq = head.seq();
        var prev = head.hash();
        var rows = new ArrayList<Object[]>(pending.size());
        for (var p : pending) {
            var e = new AuditEntry(++seq, p.entry.occurredAt(), p.entry.actor(), p.entry.agency(), p.entry.action(),
                    p.entry.subject(), p.entry.outcome(), p.entry.requestId(), p.entry.details(), prev, "");
            prev = ChainHash.of(e);
            rows.add(new Object[] {seq, Timestamp.from(e.occurredAt()), e.actor(), e.agency(), e.action(), e.subject(),
                    e.outcome().name(), e.requestId(), e.details(), e.prevHash(), prev, p.id});
        }
        return rows;
    }

    private static Pending pending(ResultSet rs, int row) throws SQLException {
        return new Pending(rs.getLong("id"), new AuditEntry(0, rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"), rs.getString("agency"), rs.getString("action"), rs.getString("subject"),
                Outcome.valueOf(rs.getString("outcome")), rs.getString("request_id"), rs.getString("details"), "", ""));
    }

    private record Pending(long id, AuditEntry entry) {
    }

    private record Head(long seq, String hash) {
    }

    /** Chains after commit; a rolled-back transaction's pending rows are gone with it. */
    private final class ChainOnCommit implements TransactionSynchronization {

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                chainCommitted();
            }
        }
    }
}
