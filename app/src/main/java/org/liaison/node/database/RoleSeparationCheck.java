package org.liaison.node.database;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the application's database role could switch the audit log's append-only triggers off:
 * when it owns the audit tables (an external database where {@code spring.flyway.user} is not set, or is the
 * application's user) or is a superuser. The embedded database never warns: its roles are separate.
 */
@Component
class RoleSeparationCheck {

    private static final Logger log = LoggerFactory.getLogger(RoleSeparationCheck.class);

    private final JdbcClient jdbc;

    RoleSeparationCheck(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfTheApplicationCouldEditTheAuditLog() {
        var role = jdbc.sql("""
                select current_user as name, r.rolsuper as superuser,
                       pg_get_userbyid(c.relowner) = current_user as owner
                from pg_roles r left join pg_class c on c.oid = to_regclass('audit_entry')
                where r.rolname = current_user""")
                .query((rs, n) -> new Role(rs.getString("name"), rs.getBoolean("superuser"), rs.getBoolean("owner")))
                .single();
        if (role.superuser() || role.owner()) {
            log.warn("The application connects to PostgreSQL as {}, {}: it could switch the audit log's append-only "
                    + "triggers off. Run the migrations as an owner role (spring.flyway.user, spring.flyway.password) "
                    + "and connect the application as a role of its own (see the README's configuration table)",
                    role.name(), role.superuser() ? "a superuser" : "the owner of its tables");
        }
    }

    private record Role(String name, boolean superuser, boolean owner) {
    }
}
