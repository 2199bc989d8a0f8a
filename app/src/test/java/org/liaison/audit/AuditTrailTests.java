package org.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.audit.chain.CheckpointSigner;
import org.liaison.audit.verifier.ChainVerifier;
import org.liaison.node.database.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@NodeTest
class AuditTrailTests {

    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired CheckpointSigner checkpoints;
    @Autowired ApplicationContext context;

    @Test
    void recordRequiresTheCallersTransaction() {
        assertThatThrownBy(() -> trail.record(AuditAction.USER_CREATED, "user:nobody", ""))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aFailingBusinessTransactionLeavesNeitherItsRowsNorItsEntry() {
        var superuser = JdbcClient.create(TestDatabases.superuser(context)); // the node's role creates no tables
        superuser.sql("create table if not exists audit_test_note (subject text primary key)").update();
        superuser.sql("grant select, insert on audit_test_note to liaison_app").update();
        var subject = "user:" + UUID.randomUUID();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("insert into audit_test_note values (?)").param(subject).update();
            trail.record(AuditAction.USER_CREATED, subject, "created");
            throw new IllegalStateException("the business rule failed after the entry was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("select count(*) from audit_test_note where subject = ?", subject)).isZero();
        assertThat(count("select count(*) from audit_entry where subject = ?", subject)).isZero();
    }

    @Test
    void aSucceedingBusinessTransactionsEntryIsInTheChainOnceItHasCommitted() {
        var subject = "user:" + UUID.randomUUID();
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> trail.record(AuditAction.USER_CREATED, subject, "created"));

        assertThat(count("select count(*) from audit_entry where subject = ? and pending_id is not null", subject)).isOne();
        assertThat(count("select count(*) from audit_pending where subject = ?", subject)).isZero();
    }

    @Test
    void entriesLeftPendingAreChainedByThePeriodicPass() {
        var subject = "user:" + UUID.randomUUID();
        // As a node that crashed between its business commit and the chain append leaves them.
        jdbc.sql("insert into audit_pending (occurred_at, actor, action, subject, outcome) values (now(), 'system', 'USER_CREATED', ?, 'SUCCEEDED')")
                .param(subject).update();

        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from audit_entry where subject = ?", subject) == 1);
        assertThat(count("select count(*) from audit_pending where subject = ?", subject)).isZero();
        assertThat(new ChainVerifier(dataSource, null).verify().firstProblem()).isNull();
    }

    @Test
    void aRejectionStaysAlthoughTheCallersTransactionRollsBack() {
        var subject = "user:" + UUID.randomUUID();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            trail.recordRejection(AuditAction.ACCESS_DENIED, subject, Outcome.DENIED, "no role");
            throw new IllegalStateException("denied");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count("select count(*) from audit_entry where subject = ? and outcome = 'DENIED'", subject))
                .isOne();
    }

    @Test
    void aRejectionInANewTransactionIsChainedWhileTheCallersTransactionIsStillOpen() {
        var subject = "user:" + UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            trail.record(AuditAction.USER_UPDATED, subject, "changed");
            trail.recordRejection(AuditAction.ACCESS_DENIED, subject, Outcome.DENIED, "does not wait for the caller");
            assertThat(count("select count(*) from audit_entry where subject = ? and outcome = 'DENIED'", subject)).isOne();
        });

        assertThat(count("select count(*) from audit_entry where subject = ?", subject)).isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheLog() {
        appendOne();
        checkpoints.checkpointIfHeadMoved(); // a checkpoint row for the row triggers to guard, whatever ran before
        // As the superuser, whom no privilege stops: only the triggers stand in the way. (The node's own role is
        // refused before, by its privileges: DatabaseRolesTests.)
        var superuser = TestDatabases.superuser(context);
        var db = JdbcClient.create(superuser);
        assertRefused(db, "update audit_entry set details = 'rewritten' where seq = (select max(seq) from audit_entry)");
        assertRefused(db, "delete from audit_entry where seq = (select max(seq) from audit_entry)");
        assertRefused(db, "truncate audit_entry");
        new TransactionTemplate(new DataSourceTransactionManager(superuser)).executeWithoutResult(tx -> {
            // Uncommitted, so no chain append can take it away while the statements below try to change it.
            db.sql("insert into audit_pending (occurred_at, actor, action, subject, outcome) values (now(), 'system', 'USER_CREATED', 'user:pending', 'SUCCEEDED')")
                    .update();
            for (var sql : java.util.List.of("update audit_pending set details = 'rewritten' where subject = 'user:pending'",
                    "delete from audit_pending where subject = 'user:pending'", "truncate audit_pending")) {
                var savepoint = tx.createSavepoint();
                assertThatThrownBy(() -> db.sql(sql).update()).as(sql).isInstanceOf(DataAccessException.class)
                        .hasMessageMatching("(?s).*(append-only|not chained yet).*");
                tx.rollbackToSavepoint(savepoint);
            }
            tx.setRollbackOnly();
        });
        assertRefused(db, "update audit_checkpoint set seq = 0");
        assertRefused(db, "delete from audit_checkpoint");
        assertRefused(db, "truncate audit_checkpoint");
    }

    @Test
    void parallelWritersKeepTheChainIntactAndGapFree() throws Exception {
        try (var pool = Executors.newFixedThreadPool(8)) {
            var writers = IntStream.range(0, 8).mapToObj(w -> pool.submit(() -> {
                var template = new TransactionTemplate(transactions);
                for (int i = 0; i < 200; i++) {
                    int n = i;
                    template.executeWithoutResult(tx -> trail.record(AuditAction.USER_UPDATED,
                            "user:writer-" + w, "change " + n));
                }
                return null;
            })).toList();
            for (Future<Object> writer : writers) {
                writer.get();
            }
        }

        assertThat(count("select count(*) from audit_entry where subject like 'user:writer-%'")).isEqualTo(1600);
        assertThat(count("select max(seq) - count(*) from audit_entry")).as("gaps in seq").isZero();
        var verification = new ChainVerifier(dataSource, null).verify();
        assertThat(verification.firstProblem()).isNull();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(1600);
    }

    @Test
    void eachTransactionsEntriesChainInTheOrderItRecordedThemBesideParallelWriters() throws Exception {
        var subject = "user:" + UUID.randomUUID();
        try (var pool = Executors.newFixedThreadPool(4)) {
            var writers = IntStream.range(0, 4).mapToObj(w -> pool.submit(() -> {
                var template = new TransactionTemplate(transactions);
                for (int i = 0; i < 50; i++) {
                    var transaction = w + "-" + i + " ";
                    template.executeWithoutResult(tx -> {
                        trail.record(AuditAction.USER_UPDATED, subject, transaction + "alone");
                        trail.recordAll(IntStream.range(0, 5).mapToObj(n ->
                                new AuditRecord(AuditAction.USER_UPDATED, subject, transaction + "together " + n)).toList());
                        trail.record(AuditAction.USER_UPDATED, subject, transaction + "alone again");
                    });
                }
                return null;
            })).toList();
            for (Future<Object> writer : writers) {
                writer.get();
            }
        }

        var details = jdbc.sql("select details from audit_entry where subject = ? order by seq").param(subject)
                .query(String.class).list();
        assertThat(details).hasSize(4 * 50 * 7);
        var byTransaction = details.stream().collect(java.util.stream.Collectors.groupingBy(
                d -> d.substring(0, d.indexOf(' ')), java.util.stream.Collectors.mapping(d -> d.substring(d.indexOf(' ') + 1),
                        java.util.stream.Collectors.toList())));
        assertThat(byTransaction).hasSize(200).allSatisfy((transaction, entries) -> assertThat(entries).as(transaction)
                .containsExactly("alone", "together 0", "together 1", "together 2", "together 3", "together 4", "alone again"));
        assertThat(count("select max(seq) - count(*) from audit_entry")).as("gaps in seq").isZero();
        assertThat(new ChainVerifier(dataSource, null).verify().firstProblem()).isNull();
    }

    @Test
    void entriesRecordedTogetherRollBackWithTheirTransaction() {
        var subject = "user:" + UUID.randomUUID();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            trail.recordAll(java.util.List.of(new AuditRecord(AuditAction.USER_UPDATED, subject, "one"),
                    new AuditRecord(AuditAction.USER_UPDATED, subject, "two")));
            throw new IllegalStateException("the business rule failed after the entries were written");
        })).isInstanceOf(IllegalStateException.class);
        appendOne();

        assertThat(count("select count(*) from audit_entry where subject = ?", subject)).isZero();
        assertThat(new ChainVerifier(dataSource, null).verify().firstProblem()).isNull();
    }

    private void appendOne() {
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> trail.record(AuditAction.USER_UPDATED, "user:someone", "x"));
    }

    private static void assertRefused(JdbcClient db, String sql) {
        assertThatThrownBy(() -> db.sql(sql).update())
                .as(sql).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    private long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (var param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }
}
