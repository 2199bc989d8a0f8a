package org.liaison.node.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.liaison.node.DatabaseRole;
import org.liaison.node.EmbeddedCluster;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ApplicationContext;

/**
 * Databases for tests of other modules: a node's own cluster started in a data dir without the node, and the
 * superuser's connections, which tests that tamper with the audit log on purpose need (the node's own role
 * cannot: that is the point).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A superuser's connections to the database of a node context started by the tests (the shared server). */
    public static DataSource superuser(ApplicationContext context) {
        var database = context.getBean(EmbeddedDatabase.class);
        var source = new PGSimpleDataSource();
        source.setUrl(database.jdbcUrl());
        source.setUser(DatabaseRole.SUPERUSER.roleName());
        source.setPassword(database.password(DatabaseRole.SUPERUSER));
        return source;
    }

    /** A node's cluster in the data dir, set up and migrated as the node would, but without the node. */
    public static NodeDatabase startNodeDatabase(Path dataDir) throws Exception {
        var database = NodeCluster.start(dataDir, 0, true);
        migrate(database);
        return new NodeDatabase(dataDir, database);
    }

    /**
     * A PostgreSQL server of the nodes' own kind (durable: fsync, synchronous_commit and full_page_writes on;
     * roles {@code liaison_owner} and {@code liaison_app} with passwords) with an empty database, for nodes
     * that use it as their external database ({@code SPRING_DATASOURCE_URL}) and migrate it themselves.
     */
    public static NodeDatabase startEmptyDatabase(Path dataDir) {
        return new NodeDatabase(dataDir, NodeCluster.start(dataDir, 0, true));
    }

    /** As the node migrates: as the owner, with the grants to the application role after the migrations. */
    static void migrate(EmbeddedDatabase database) {
        try (var app = database.pool(1)) {
            Flyway.configure().dataSource(database.jdbcUrl(), DatabaseRole.OWNER.roleName(), database.password(DatabaseRole.OWNER))
                    .locations("classpath:db/migration").outOfOrder(true).callbacks(new ApplicationRoleGrants(app)).load().migrate();
        }
    }

    /** A running node cluster of a test; closing stops it. */
    public static final class NodeDatabase implements AutoCloseable {

        private final Path dataDir;
        private final EmbeddedDatabase database;

        private NodeDatabase(Path dataDir, EmbeddedDatabase database) {
            this.dataDir = dataDir;
            this.database = database;
        }

        public int port() {
            return EmbeddedCluster.of(dataDir).runningPort().orElseThrow();
        }

        public DataSource as(DatabaseRole role) {
            return EmbeddedCluster.of(dataDir).dataSource(port(), role);
        }

        public String jdbcUrl() {
            return database.jdbcUrl();
        }

        public String password(DatabaseRole role) {
            return database.password(role);
        }

        @Override
        public void close() throws Exception {
            database.close();
        }
    }
}
