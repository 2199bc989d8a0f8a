package org.liaison.node;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a start-up seeding step (demo data, this node's own directory row) so that instances of one node that
 * start together on one database take turns instead of both inserting: the step runs in one transaction that
 * first takes a PostgreSQL advisory lock of its own, so a second instance waits, then its check sees what the
 * first committed and it skips quietly. The lock is transaction-scoped: a crashed instance never leaves it held.
 *
 * <p>A step's check, inserts and audit entries must all run inside {@code work}, in this transaction (the usual
 * {@code REQUIRED} propagation joins it); work done in a transaction of its own would escape the lock.
 */
@Component
public class Seeding {

    /** The first key of the two-key advisory locks of seeding ("LSED"); other locks of the node use other spaces. */
    private static final int LOCK_SPACE = 0x4c534544;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Seeding(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Runs the named step alone among all instances of this node, in one transaction. */
    public void run(String step, Runnable work) {
        transaction.executeWithoutResult(status -> {
            // String.hashCode is specified by the language, so every instance and version derives the same key.
            jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, step.hashCode()).query().singleRow();
            work.run();
        });
    }
}
