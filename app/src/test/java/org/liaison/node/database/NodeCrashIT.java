package org.liaison.node.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.liaison.NodeProcess;
import org.liaison.node.DatabaseRole;
import org.liaison.node.EmbeddedCluster;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The packaged node on its own embedded PostgreSQL, killed and stopped as machines and operators do it (issue 20):
 * it starts again at the first try, keeps serving when its database dies under it, and a normal stop is clean.
 */
class NodeCrashIT {

    @Test
    void aNodeKilledWithSigkillTakesItsPostgresAlongAndStartsAgainAtTheFirstTry() throws Exception {
        try (var node = new NodeProcess("KH-1")) {
            node.start().awaitHealthy();
            var postmaster = node.postmaster().orElseThrow();
            node.kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> !postmaster.isAlive());
            node.start().awaitHealthy();
            assertThat(node.lastLog()).doesNotContain("postmaster.pid\" already exists", "outlived the node");
        }
    }

    @Test
    void stopsAPostgresThatOutlivedItsNodeAndStartsItsOwn() throws Exception {
        try (var node = new NodeProcess("KH-1")) {
            node.start().awaitHealthy();
            node.kill();
            await().atMost(Duration.ofSeconds(30)).until(() -> node.postmaster().isEmpty());
            var orphan = DetachedPostgres.start(node.dataDir); // as pg_ctl left it: no watchdog of ours around it
            try {
                node.start().awaitHealthy();
                assertThat(orphan.isAlive()).isFalse();
                assertThat(node.lastLog()).contains("outlived the node that started it; stopping it");
            } finally {
                orphan.destroyForcibly();
            }
        }
    }

    @Test
    void keepsServingWhenItsPostgresIsKilledAndStartsAgainLaterAtTheFirstTry() throws Exception {
        try (var node = new NodeProcess("KH-1"); var client = HttpClient.newHttpClient()) {
            node.start().awaitHealthy();
            var killed = node.killPostmaster();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                    .until(() -> node.postmaster().filter(p -> !p.equals(killed)).isPresent() && node.healthy(client));
            assertThat(node.alive()).isTrue();
            assertThat(node.lastLog()).contains("exited unexpectedly", "runs again on port");
            node.stop();
            node.start().awaitHealthy();
        }
    }

    @Test
    void aStopBySigtermExitsCleanlyLogsNoErrorAndSignsAFinalCheckpointBeforeTheDatabaseStops() throws Exception {
        try (var node = new NodeProcess("KH-1")) {
            node.arg("--liaison.audit.checkpoint-interval=PT1H").start().awaitHealthy(); // only the stop signs
            assertThat(node.stop()).as("a JVM that ran its shutdown hooks after SIGTERM exits 128 + 15").isEqualTo(143);
            var log = node.lastLog();
            assertThat(log.indexOf("on shutdown")).as("the checkpoint is signed before PostgreSQL stops")
                    .isPositive().isLessThan(log.indexOf("PostgreSQL of " + NodeCluster.directory(node.dataDir) + " stopped"));
            assertThat(node.lastLog()).contains("signed audit checkpoint at seq", "on shutdown")
                    .doesNotContain(" ERROR ", "could not sign an audit checkpoint");
            try (var check = EmbeddedCluster.of(node.dataDir).start()) {
                var db = JdbcClient.create(EmbeddedCluster.of(node.dataDir).dataSource(check.port(), DatabaseRole.APPLICATION));
                long head = db.sql("select max(seq) from audit_entry").query(Long.class).single();
                assertThat(head).isPositive();
                assertThat(db.sql("select max(seq) from audit_checkpoint").query(Long.class).single()).isEqualTo(head);
                assertThat(db.sql("select count(*) from audit_pending").query(Long.class).single()).isZero();
            }
        }
    }
}
