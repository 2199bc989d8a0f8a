package org.liaison.node.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.LiaisonApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

class DurabilityCheckTests {

    @Test
    void acceptsWhatWaitsForTheLocalFlush() {
        for (var commit : new String[] {"on", "remote_write", "remote_apply", "local"}) {
            assertThat(DurabilityCheck.problems(settings("on", "on", commit, ""))).as(commit).isEmpty();
        }
        assertThat(DurabilityCheck.problems(settings("on", "on", "remote_apply", "ANY 1 (standby)"))).isEmpty();
    }

    @Test
    void namesEverySettingThatMayLoseACommit() {
        assertThat(DurabilityCheck.problems(settings("off", "off", "off", "")))
                .containsExactly("fsync=off", "full_page_writes=off", "synchronous_commit=off");
        assertThat(DurabilityCheck.problems(settings("on", "on", "local", "FIRST 1 (standby)")))
                .containsExactly("synchronous_commit=local with synchronous standbys");
    }

    @Test
    void aNodeOnANonDurableDatabaseRefusesToStart() {
        // The tests' shared server runs with fsync off; the test profile allows it, this node does not.
        var node = new SpringApplicationBuilder(LiaisonApplication.class).profiles("test");
        assertThatThrownBy(() -> node.run("--liaison.database.allow-non-durable=false", "--server.port=0"))
                .rootCause().hasMessageContaining("Refusing to start: PostgreSQL is not durable (fsync=off");
    }

    private static Map<String, String> settings(String fsync, String fullPageWrites, String commit, String standbys) {
        return Map.of("fsync", fsync, "full_page_writes", fullPageWrites, "synchronous_commit", commit,
                "synchronous_standby_names", standbys);
    }
}
