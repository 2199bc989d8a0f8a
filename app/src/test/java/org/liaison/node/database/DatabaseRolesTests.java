package org.liaison.node.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the node's own database role may not do to the audit log, with database access the node has: switch its
 * append-only triggers off, replicate around them, or change and remove its rows.
 */
@NodeTest
class DatabaseRolesTests {

    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;

    @Test
    void connectsAsTheApplicationRoleThatOwnsNothing() {
        var db = JdbcClient.create(dataSource);
        assertThat(db.sql("select current_user").query(String.class).single()).isEqualTo("liaison_app");
        assertThat(db.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner <> 'liaison_owner'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void cannotSwitchTheAuditTriggersOff() {
        refused("alter table audit_entry disable trigger user", "must be owner of table audit_entry");
        refused("alter table audit_pending disable trigger all", "must be owner of table audit_pending");
    }

    @Test
    void cannotReplicateAroundTheTriggers() {
        refused("set session_replication_role = replica", "permission denied to set parameter \"session_replication_role\"");
    }

    @Test
    void cannotChangeOrRemoveAuditRows() {
        refused("update audit_entry set details = '' where seq = 1", "permission denied for table audit_entry");
        refused("delete from audit_entry", "permission denied for table audit_entry");
        refused("truncate audit_entry", "permission denied for table audit_entry");
        refused("delete from audit_checkpoint", "permission denied for table audit_checkpoint");
        refused("update audit_pending set details = ''", "permission denied for table audit_pending");
        refused("delete from flyway_schema_history", "permission denied for table flyway_schema_history");
    }

    @Test
    void theSuperuserCanButOnlyWithItsPassword() {
        var superuser = JdbcClient.create(TestDatabases.superuser(context));
        assertThat(superuser.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isTrue();
        var withoutPassword = new org.postgresql.ds.PGSimpleDataSource();
        withoutPassword.setUrl(context.getBean(EmbeddedDatabase.class).jdbcUrl());
        withoutPassword.setUser("postgres");
        assertThatThrownBy(() -> withoutPassword.getConnection().close()).hasMessageContaining("password");
    }

    private void refused(String sql, String reason) {
        assertThatThrownBy(() -> JdbcClient.create(dataSource).sql(sql).update()).as(sql).rootCause().hasMessageContaining(reason);
    }

    @Test
    void foldsCaseInEveryScriptLikeTheOperatingSystemsUtf8Locale() {
        var db = JdbcClient.create(dataSource);
        assertThat(db.sql("select lower('BỘ CÔNG AN')").query(String.class).single()).isEqualTo("bộ công an");
        assertThat(db.sql("select 'Bộ Công an' ilike '%CÔNG%'").query(Boolean.class).single()).isTrue();
    }
}
