package org.liaison.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import javax.sql.DataSource;

import org.liaison.node.database.NodeCluster;

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
        return NodeCluster.runningPort(dataDir);
    }

    /**
     * Connections to the node's database as the role, with its password from {@code keys/database.properties};
     * for a cluster of an earlier version, which trusted local connections, as the superuser without one.
     */
    public DataSource dataSource(int port, DatabaseRole role) {
        return NodeCluster.dataSource(dataDir, port, role);
    }

    /** Starts the cluster's server, durable, on a free port, while no node runs it; closing stops it again. */
    public Started start() {
        return new Started(NodeCluster.startAlone(dataDir));
    }

    /** A server started by {@link #start()}. */
    public static final class Started implements AutoCloseable {

        private final NodeCluster.Alone server;

        private Started(NodeCluster.Alone server) {
            this.server = server;
        }

        public int port() {
            return server.port();
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
