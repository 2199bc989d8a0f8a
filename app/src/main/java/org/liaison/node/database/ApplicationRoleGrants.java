package org.liaison.node.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every migration, as the role that ran it (the tables' owner): grants the application's role what it
 * needs on every table, including tables of migrations to come, but on the audit log only what appending
 * needs. With the triggers of V4_1 and V4_2, and no ownership to switch them off, the application cannot
 * change or remove an audit entry. Does nothing where the application connects as the owner itself
 * ({@link RoleSeparationCheck} warns of that).
 */
@Component
class ApplicationRoleGrants extends BaseCallback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);

    /**
     * The audit module's append-only tables (V4_1, V4_2, V4_3: the chain, its checkpoints, the heads of partners'
     * chains this node witnesses and the conflicts among them): rows are added, and pending rows removed once chained.
     */
    private static final List<String> APPEND_ONLY = List.of("audit_entry", "audit_checkpoint", "audit_witness_head",
            "audit_witness_conflict");
    private static final String CHAINED_ON_DELETE = "audit_pending";

    private final DataSource application;

    ApplicationRoleGrants(DataSource application) {
        this.application = application;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            var owner = currentUser(context.getConnection());
            String app;
            try (var connection = application.getConnection()) {
                app = currentUser(connection);
            }
            if (!owner.equals(app)) {
                grant(context.getConnection(), quoted(app), quoted(context.getConfiguration().getTable()));
                log.info("Granted {} its privileges on the tables of {}", app, owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant the application role its privileges: " + e.getMessage(), e);
        }
    }

    private static void grant(Connection owner, String app, String history) throws SQLException {
        var statements = new ArrayList<>(List.of(
                "grant usage on schema public to " + app,
                "grant select, insert, update, delete on all tables in schema public to " + app,
                "grant usage, select on all sequences in schema public to " + app,
                "alter default privileges in schema public grant select, insert, update, delete on tables to " + app,
                "alter default privileges in schema public grant usage, select on sequences to " + app,
                "revoke insert, update, delete, truncate on " + history + " from " + app));
        for (var table : APPEND_ONLY) {
            if (exists(owner, table)) {
                statements.add("revoke update, delete, truncate on " + table + " from " + app);
            }
        }
        if (exists(owner, CHAINED_ON_DELETE)) {
            statements.add("revoke update, truncate on " + CHAINED_ON_DELETE + " from " + app);
        }
        try (var statement = owner.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (var query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, "public." + table);
            try (var result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("select current_user")) {
            result.next();
            return result.getString(1);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
