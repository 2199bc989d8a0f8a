package org.liaison.node.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaison.LiaisonApplication;
import org.liaison.node.DatabaseRole;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node on an external database ({@code SPRING_DATASOURCE_URL}), here a database of the tests' shared server:
 * with {@code spring.flyway.user} an owner role of its own, the application's role gets only its grants; without
 * it, the application owns its tables, and the node says so at start-up.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTests {

    private static final String WARNING = "it could switch the audit log's append-only triggers off";

    @Test
    void theMigrationsRunAsTheOwnerAndTheApplicationGetsItsGrants(CapturedOutput output) {
        var database = EphemeralServer.shared().database(null);
        try (var node = start(database, DatabaseRole.APPLICATION, "--spring.flyway.user=liaison_owner",
                "--spring.flyway.password=" + database.password(DatabaseRole.OWNER))) {
            var db = node.getBean(JdbcClient.class);
            assertThat(db.sql("select current_user").query(String.class).single()).isEqualTo("liaison_app");
            assertThat(db.sql("select tableowner from pg_tables where tablename = 'audit_entry'").query(String.class).single())
                    .isEqualTo("liaison_owner");
            assertThat(db.sql("select has_table_privilege('audit_entry', 'UPDATE')").query(Boolean.class).single()).isFalse();
            assertThat(db.sql("select has_table_privilege('exchange_message', 'UPDATE')").query(Boolean.class).single()).isTrue();
        }
        assertThat(output).doesNotContain(WARNING);
    }

    @Test
    void warnsWhenTheApplicationOwnsItsTables(CapturedOutput output) {
        var database = EphemeralServer.shared().database(null);
        try (var node = start(database, DatabaseRole.OWNER)) {
            assertThat(node.getBean(JdbcClient.class).sql("select current_user").query(String.class).single())
                    .isEqualTo("liaison_owner");
        }
        assertThat(output).contains("The application connects to PostgreSQL as liaison_owner, the owner of its tables: " + WARNING);
    }

    private static ConfigurableApplicationContext start(EmbeddedDatabase database, DatabaseRole role, String... more) {
        var args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + role.roleName(), "--spring.datasource.password=" + database.password(role)));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(LiaisonApplication.class).profiles("test").run(args.toArray(String[]::new));
    }
}
