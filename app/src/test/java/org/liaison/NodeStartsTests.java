package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@NodeTest
class NodeStartsTests {

    @Autowired JdbcClient jdbc;

    @Test
    void runsOnPostgresqlWithMigrationsApplied() {
        var version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL 17");
        var migrations = jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single();
        assertThat(migrations).isPositive();
    }
}
