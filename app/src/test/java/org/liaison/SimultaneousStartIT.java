package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.liaison.node.DatabaseRole;
import org.liaison.node.database.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21 item 1: two instances of one node started at the same moment on an empty database (demo data on), as a
 * service manager starts them after a fresh install. Both must come up, and every seed must be written once.
 */
class SimultaneousStartIT {

    @Test
    void twoInstancesStartedTogetherOnAnEmptyDatabaseBothBecomeReadyAndSeedOnce() throws Exception {
        try (var database = TestDatabases.startEmptyDatabase(Files.createTempDirectory("liaison-shared-db"));
             var first = new NodeProcess("KH-1");
             var second = new NodeProcess("KH-1")) {
            var secret = MultiInstanceIT.newSecretKey();
            MultiInstanceIT.onSharedDatabase(first, database, secret, "http://localhost:" + first.port);
            MultiInstanceIT.onSharedDatabase(second, database, secret, "http://localhost:" + first.port);
            first.start();
            second.start();
            first.awaitReady();
            second.awaitReady();

            var db = JdbcClient.create(database.as(DatabaseRole.APPLICATION));
            assertThat(db.sql("select count(*) from agreement where id = 'KH-LA-SEC-2026'").query(Long.class).single()).isEqualTo(1);
            assertThat(db.sql("select count(*) from officer where username = 'kh.admin'").query(Long.class).single()).isEqualTo(1);
            assertThat(first.lastLog() + second.lastLog()).doesNotContain("Application run failed");
        }
    }
}
