package org.liaison.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import javax.sql.DataSource;

/**
 * A node's embedded PostgreSQL seen from beside the node, by operators' commands ({@code audit-verify}) and tests:
 * the port of its running server, connections as one of its roles with the passwords kept in the data dir, or
 * the cluster started for a while when no node runs it.
 */
public final class EmbeddedCluster {

    private final Path dataDir;

    private EmbeddedCluster(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The cluster of the node whose data dir ({@code LIAISON_DATA_DIR}) is given. */
    public static EmbeddedCluster of(Path dataDir) {
        return new EmbeddedCluster(dataDir);
    }

    public Path directory() {
        return NodeCluster.directory(dataDir);
    }

    public boolean exists() {
        return Files.exists(directory().resolve("PG_VERSION"));
    }

    /** The port of the cluster's postmaster if one runs (the node's, or one that outlived it). */
    public OptionalInt runningPort() {
        return PostmasterPid.read(directory()).filter(pid -> pid.livePostmaster().isPresent())
                .map(pid -> OptionalInt.of(pid.port())).orElse(OptionalInt.empty());
    }

    /**
     * Connections to the node's database as the role, with its password from {@code keys/database.properties}.
     * A cluster of an earlier version has no such file and no roles but the superuser, which it trusts on the
     * loopback address: there, connections as the superuser without a password.
     */
    public DataSource dataSource(int port, DatabaseRole role) {
        var credentials = DatabaseCredentials.read(DatabaseCredentials.fileIn(dataDir));
        return LocalDataSources.of(port, NodeCluster.DATABASE, credentials.isPresent() ? role : DatabaseRole.SUPERUSER,
                credentials.orElse(null));
    }

    /** Starts the cluster's server, durable, on a free port, while no node runs it; closing stops it again. */
    public Started start() {
        if (!exists()) {
            throw new IllegalArgumentException("no PostgreSQL cluster in " + directory());
        }
        var lock = DataDirLock.take(dataDir);
        try {
            OrphanPostmaster.clear(directory());
            return new Started(PostgresServer.start(directory(), new ServerOptions(0, true, 20, null)), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A server started by {@link #start()}. */
    public static final class Started implements AutoCloseable {

        private final PostgresServer server;
        private final DataDirLock lock;

        private Started(PostgresServer server, DataDirLock lock) {
            this.server = server;
            this.lock = lock;
        }

        public int port() {
            return server.port();
        }

        @Override
        public void close() {
            try {
                server.close();
            } finally {
                lock.close();
            }
        }
    }
}
