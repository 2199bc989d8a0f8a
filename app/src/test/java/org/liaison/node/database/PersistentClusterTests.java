package org.liaison.node.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.node.DatabaseRole;
import org.liaison.node.EmbeddedCluster;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A node's own cluster under its data dir, as the node starts it (without the rest of the node). */
class PersistentClusterTests {

    @TempDir Path dataDir;

    @Test
    void runsDurableWithFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
        try (var database = NodeCluster.start(dataDir, 0, true); var pool = database.pool(2)) {
            var settings = JdbcClient.create(pool).sql("""
                    select current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes')""")
                    .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).single();
            assertThat(settings).isEqualTo("on on on");
            assertThat(DurabilityCheck.problems(java.util.Map.of("fsync", "on", "full_page_writes", "on",
                    "synchronous_commit", "on", "synchronous_standby_names", ""))).isEmpty();
        }
    }

    @Test
    void keepsItsPasswordsReadableByTheNodesUserOnlyAndAsksForThem() throws Exception {
        try (var database = NodeCluster.start(dataDir, 0, true)) {
            var file = DatabaseCredentials.fileIn(dataDir);
            assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
            var port = EmbeddedCluster.of(dataDir).runningPort().orElseThrow();
            var withoutPassword = LocalDataSources.of(port, "liaison", DatabaseRole.SUPERUSER, null);
            assertThatThrownBy(() -> withoutPassword.getConnection().close()).hasMessageContaining("password");
            var wrong = LocalDataSources.of(port, "liaison", DatabaseRole.SUPERUSER, DatabaseCredentials.generate());
            assertThatThrownBy(() -> wrong.getConnection().close()).hasMessageContaining("password authentication failed");
            try (var right = EmbeddedCluster.of(dataDir).dataSource(port, DatabaseRole.SUPERUSER).getConnection()) {
                assertThat(right.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void startsAgainOnTheSameDataAfterAStop() throws Exception {
        try (var database = NodeCluster.start(dataDir, 0, true); var pool = database.pool(1)) {
            TestDatabases.migrate(database);
            JdbcClient.create(pool).sql("insert into shedlock values ('kept', now(), now(), 'test')").update();
        }
        assertThat(DetachedPostgres.postmasterOf(dataDir)).isEmpty();
        try (var database = NodeCluster.start(dataDir, 0, true); var pool = database.pool(1)) {
            assertThat(JdbcClient.create(pool).sql("select count(*) from shedlock where name = 'kept'").query(Long.class).single()).isOne();
        }
    }

    @Test
    void restartsItsPostmasterKilledWithSigkillAndThePoolReconnects() throws Exception {
        try (var database = NodeCluster.start(dataDir, 0, true); var pool = database.pool(2)) {
            var db = JdbcClient.create(pool);
            var first = DetachedPostgres.postmasterOf(dataDir).orElseThrow();
            first.destroyForcibly();
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> db.sql("select 1").query(Integer.class).single() == 1);
            assertThat(DetachedPostgres.postmasterOf(dataDir)).get().isNotEqualTo(first);
        }
        assertThat(DetachedPostgres.postmasterOf(dataDir)).as("stopped with the node").isEmpty();
    }

    @Test
    void stopsAPostmasterThatOutlivedItsNodeAndStartsItsOwn() throws Exception {
        NodeCluster.start(dataDir, 0, true).close();
        var orphan = DetachedPostgres.start(dataDir);
        try (var database = NodeCluster.start(dataDir, 0, true); var pool = database.pool(1)) {
            assertThat(orphan.isAlive()).isFalse();
            assertThat(JdbcClient.create(pool).sql("select 1").query(Integer.class).single()).isOne();
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void refusesASecondUserOfTheDataDir() throws Exception {
        try (var database = NodeCluster.start(dataDir, 0, true)) {
            assertThatThrownBy(() -> NodeCluster.start(dataDir, 0, true)).hasMessageContaining("in use by another process");
        }
    }

    @Test
    void upgradesAClusterOfAnEarlierVersionThatTrustedEveryLocalConnection() throws Exception {
        try (var earlier = EmbeddedPostgres.builder().setDataDirectory(NodeCluster.directory(dataDir))
                .setCleanDataDirectory(false).start()) {
            try (var c = earlier.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("create database liaison");
            }
            Flyway.configure().dataSource(earlier.getDatabase("postgres", "liaison")).locations("classpath:db/migration")
                    .outOfOrder(true).load().migrate();
        }
        try (var database = NodeCluster.start(dataDir, 0, true)) {
            var port = EmbeddedCluster.of(dataDir).runningPort().orElseThrow();
            var owners = JdbcClient.create(EmbeddedCluster.of(dataDir).dataSource(port, DatabaseRole.SUPERUSER))
                    .sql("select distinct tableowner from pg_tables where schemaname = 'public'").query(String.class).list();
            assertThat(owners).containsExactly("liaison_owner");
            assertThatThrownBy(() -> LocalDataSources.of(port, "liaison", DatabaseRole.SUPERUSER, null).getConnection().close())
                    .hasMessageContaining("password");
            TestDatabases.migrate(database);
            var app = JdbcClient.create(EmbeddedCluster.of(dataDir).dataSource(port, DatabaseRole.APPLICATION));
            assertThat(app.sql("insert into shedlock values ('upgraded', now(), now(), 'test')").update()).isOne();
        }
    }
}
