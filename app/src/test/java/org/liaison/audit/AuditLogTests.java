package org.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.audit.chain.CheckpointSigner;
import org.liaison.node.ThisNode;
import org.liaison.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.liaison.WithOfficer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@NodeTest
class AuditLogTests {

    @Autowired AuditLog log;
    @Autowired AuditTrail trail;
    @Autowired CheckpointSigner checkpoints;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired ThisNode thisNode;

    @Test
    @WithOfficer(username = "admin", roles = "ADMIN")
    void searchesByFiltersNewestFirstInPages() {
        var subject = "agency:" + UUID.randomUUID();
        var before = Instant.now().minusSeconds(1);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (int i = 0; i < 3; i++) {
                trail.record(AuditAction.AGENCY_UPDATED, subject, "change " + i);
            }
        });
        trail.recordRejection(AuditAction.AGENCY_UPDATED, subject, Outcome.DENIED, "not allowed");

        var query = new AuditQuery("admin", null, AuditAction.AGENCY_UPDATED, Outcome.SUCCEEDED,
                subject.substring(8, 20).toUpperCase(), before, null);
        var first = log.search(query, 0, 2);
        var second = log.search(query, 1, 2);

        assertThat(first.entries()).extracting(AuditEntry::details).containsExactly("change 2", "change 1");
        assertThat(first.hasNext()).isTrue();
        assertThat(second.entries()).extracting(AuditEntry::details).containsExactly("change 0");
        assertThat(second.hasNext()).isFalse();
        assertThat(log.search(new AuditQuery(null, null, null, Outcome.DENIED, subject, null, null), 0, 10)
                .entries()).extracting(AuditEntry::details).containsExactly("not allowed");
        assertThat(log.search(new AuditQuery(null, null, null, null, subject, null, before), 0, 10).entries())
                .isEmpty();
    }

    @Test
    void rejectsATimeRangeThatEndsBeforeItStarts() {
        var now = Instant.now();
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, now, now.minusSeconds(1)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    @WithOfficer(username = "admin", roles = "ADMIN")
    void recordsEachVerificationWithItsOutcome() {
        var result = log.verify();

        assertThat(result.ok()).isTrue();
        var recorded = log.search(new AuditQuery("admin", null, AuditAction.AUDIT_VERIFIED, null, null, null, null),
                0, 1).entries().getFirst();
        assertThat(recorded.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(recorded.details()).startsWith("intact: " + result.entriesChecked() + " entries");
    }

    @Test
    @WithOfficer(username = "admin", roles = "ADMIN")
    void anAdministratorsCheckpointCoversItsOwnEntryAndLeavesTheJobNothingToSign() {
        var checkpoint = log.checkpointNow();

        var head = log.search(AuditQuery.all(), 0, 1).entries().getFirst();
        assertThat(head.seq()).isEqualTo(checkpoint.seq());
        assertThat(head.hash()).isEqualTo(checkpoint.hash());
        assertThat(head.action()).isEqualTo(AuditAction.AUDIT_CHECKPOINT_SIGNED.name());
        assertThat(checkpoints.checkpointIfHeadMoved()).isEmpty();
        assertThat(log.recentCheckpoints(5).getFirst()).isEqualTo(checkpoint);
    }

    @Test
    void theScheduledCheckpointSignsAMovedHeadUnderASchedulerLock() {
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> trail.record(AuditAction.NODE_UPDATED, "node:LA-1", "key rotated"));

        // Skipped when the scheduled run took this period's turn; then that run or the next one signs.
        checkpoints.onSchedule();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var head = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
            assertThat(jdbc.sql("select max(seq) from audit_checkpoint").query(Long.class).single()).isEqualTo(head);
        });
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'audit-checkpoint'").query(Long.class).single())
                .isOne();
    }

    @Test
    void theCheckpointLockNamesThisInstanceAndIsHeldForMostOfThePeriodSoAnotherInstanceSkipsIt() {
        checkpoints.onSchedule();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "select locked_by from shedlock where name = 'audit-checkpoint'").query(String.class).optional())
                .contains(thisNode.instance()));
        var held = jdbc.sql("select extract(epoch from lock_until - locked_at) from shedlock where name = 'audit-checkpoint'")
                .query(Double.class).single();
        assertThat(held).as("seconds the lock is held: 90 %% of the ten-second period at least").isGreaterThanOrEqualTo(8.9);
        assertThat(thisNode.instance()).matches(".+:" + ProcessHandle.current().pid());
    }

    @Test
    @WithOfficer(roles = "OFFICER")
    void onlyAdministratorsMayReadOrVerifyTheLog() {
        assertThatThrownBy(() -> log.search(AuditQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(log::verify).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(log::checkpointNow).isInstanceOf(AccessDeniedException.class);
    }
}
