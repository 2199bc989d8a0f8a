package org.liaison.node.database;

import java.sql.Connection;
import java.sql.SQLException;

import org.liaison.node.DatabaseRole;
import org.postgresql.PGConnection;

/**
 * The embedded cluster's roles and the node's database, set up as the superuser at every start (idempotently):
 * {@code liaison_owner} owns the database and everything in its schema, {@code liaison_app} may only log in; what
 * it may do to each table is granted after every migration ({@link ApplicationRoleGrants}). A database of an
 * earlier version, whose tables the superuser owned, is handed over to the owner role here.
 */
final class DatabaseRoles {

    private static final String OWNER = DatabaseRole.OWNER.roleName();

    /** Gives every relation, sequence and routine of the public schema that another role owns to the owner role. */
    private static final String HAND_OVER = """
            do $$
            declare object record;
            begin
                for object in
                    select format('alter %s %s owner to liaison_owner', case c.relkind when 'v' then 'view'
                               when 'm' then 'materialized view' when 'S' then 'sequence' else 'table' end, c.oid::regclass) as ddl
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                      and c.relowner <> 'liaison_owner'::regrole
                      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                      and d.deptype in ('a', 'i'))  -- a serial's sequence goes with its table
                    union all
                    select format('alter routine %s owner to liaison_owner', p.oid::regprocedure)
                    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                    where n.nspname = 'public' and p.prokind in ('f', 'p') and p.proowner <> 'liaison_owner'::regrole
                loop
                    execute object.ddl;
                end loop;
            end $$""";

    private DatabaseRoles() {
    }

    /** The owner and application roles, with the passwords of the credentials. */
    static void ensureRoles(int port, DatabaseCredentials credentials) {
        try (var admin = LocalDataSources.of(port, "postgres", DatabaseRole.SUPERUSER, credentials).getConnection()) {
            for (var role : new DatabaseRole[] {DatabaseRole.OWNER, DatabaseRole.APPLICATION}) {
                ensureRole(admin, role, credentials);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not set up the roles of the embedded database: " + e.getMessage(), e);
        }
    }

    /** The database, owned with everything in it by the owner role. */
    static void ensureDatabase(int port, DatabaseCredentials credentials, String database) {
        try (var admin = LocalDataSources.of(port, "postgres", DatabaseRole.SUPERUSER, credentials).getConnection()) {
            createOrHandOver(admin, database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + ": " + e.getMessage(), e);
        }
        try (var db = LocalDataSources.of(port, database, DatabaseRole.SUPERUSER, credentials).getConnection();
             var statement = db.createStatement()) {
            statement.execute(HAND_OVER);
        } catch (SQLException e) {
            throw new IllegalStateException("could not hand database " + database + " over to " + OWNER + ": " + e.getMessage(), e);
        }
    }

    private static void ensureRole(Connection admin, DatabaseRole role, DatabaseCredentials credentials) throws SQLException {
        try (var statement = admin.createStatement()) {
            var name = role.roleName();
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + name + "') then "
                    + "create role " + name + "; end if; end $$");
            statement.execute("alter role " + name + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
        }
        // The verifier is computed here, so the password itself never reaches the server or its log.
        admin.unwrap(PGConnection.class).alterUserPassword(role.roleName(), credentials.password(role).toCharArray(), "scram-sha-256");
    }

    private static void createOrHandOver(Connection admin, String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        try (var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var result = exists.executeQuery(); var statement = admin.createStatement()) {
                statement.execute(result.next() ? "alter database " + database + " owner to " + OWNER
                        : "create database " + database + " owner " + OWNER + " encoding 'UTF8' template template0");
            }
        }
    }
}
