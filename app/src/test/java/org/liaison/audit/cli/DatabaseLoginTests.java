package org.liaison.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the verifier finds the node's database and logs in to it, before any connection. */
class DatabaseLoginTests {

    @Test
    void readsTheNodesExternalDatabaseFromTheEnvironmentAsSpringBootDoes() {
        var login = DatabaseLogin.ofNode(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.kh:5432/liaison",
                "SPRING_DATASOURCE_USERNAME", "liaison_app", "SPRING_DATASOURCE_PASSWORD", "s3cret")).orElseThrow();

        assertThat(login).isEqualTo(new DatabaseLogin("jdbc:postgresql://db.kh:5432/liaison", "liaison_app", "s3cret"));
        assertThat(DatabaseLogin.ofNode(Map.of())).as("the embedded database then").isEmpty();
        assertThat(DatabaseLogin.ofNode(Map.of("SPRING_DATASOURCE_URL", " "))).isEmpty();
    }

    @Test
    void takesTheUserAndPasswordInTheUrlBeforeTheEnvironment() {
        var env = Map.of("LIAISON_DB_USER", "someone_else", "LIAISON_DB_PASSWORD", "other");

        var inQuery = DatabaseLogin.ofUrl("jdbc:postgresql://db.kh/liaison?user=liaison_app&password=p%26w", env);
        var inUserInfo = DatabaseLogin.ofUrl("jdbc:postgresql://liaison_app:p%40w@db.kh:5432/liaison", env);
        var libpq = DatabaseLogin.ofUrl("postgresql://liaison_app:pw@db.kh/liaison?sslmode=require", Map.of());

        assertThat(inQuery.user()).isEqualTo("liaison_app");
        assertThat(inQuery.password()).isEqualTo("p&w");
        assertThat(inUserInfo).isEqualTo(new DatabaseLogin("jdbc:postgresql://db.kh:5432/liaison", "liaison_app", "p@w"));
        assertThat(libpq).isEqualTo(new DatabaseLogin("jdbc:postgresql://db.kh/liaison?sslmode=require", "liaison_app", "pw"));
        assertThat(DatabaseLogin.ofUrl("jdbc:postgresql://db.kh/liaison", env).user()).isEqualTo("someone_else");
    }

    @Test
    void refusesAUrlWithoutAUserInsteadOfLoggingInAsTheOperatingSystemsUser() {
        assertThatThrownBy(() -> DatabaseLogin.ofUrl("jdbc:postgresql://db.kh/liaison", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no database user");
        assertThatThrownBy(() -> DatabaseLogin.ofUrl("jdbc:mysql://db.kh/liaison", Map.of()))
                .hasMessageContaining("not a PostgreSQL JDBC URL");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(DatabaseLogin.ofUrl("jdbc:postgresql://db.kh/liaison?user=app&password=s3cret", Map.of()).description())
                .doesNotContain("s3cret").contains("password=***", "as app");
    }
}
