package org.liaison.node.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.OptionalInt;

import javax.sql.DataSource;

import org.liaison.node.DatabaseRole;

/**
 * A node's own PostgreSQL cluster, kept under its data dir ({@code postgres/}) across restarts: locked against a
 * second user, cleared of a postmaster that outlived its node, created or upgraded, started under supervision,
 * and its roles and database set up. Tools beside the node reach it through {@link org.liaison.node.EmbeddedCluster}.
 */
public final class NodeCluster {

    static final String DATABASE = "liaison";

    private NodeCluster() {
    }

    public static Path directory(Path dataDir) {
        return dataDir.resolve("postgres");
    }

    /** The port of the cluster's postmaster if one runs (the node's, or one that outlived it). */
    public static OptionalInt runningPort(Path dataDir) {
        return PostmasterPid.read(directory(dataDir)).filter(pid -> pid.livePostmaster().isPresent())
                .map(pid -> OptionalInt.of(pid.port())).orElse(OptionalInt.empty());
    }

    /**
     * Connections to the node's database as the role, with its password from the credentials file. A cluster of
     * an earlier version has no such file and no roles but the superuser, which it trusts on the loopback
     * address: there, connections as the superuser without a password.
     */
    public static DataSource dataSource(Path dataDir, int port, DatabaseRole role) {
        var credentials = DatabaseCredentials.read(DatabaseCredentials.fileIn(dataDir));
        return LocalDataSources.of(port, DATABASE, credentials.isPresent() ? role : DatabaseRole.SUPERUSER,
                credentials.orElse(null));
    }

    /** Starts the cluster's server as it is, durable, on a free port, for a tool that runs while no node does. */
    public static Alone startAlone(Path dataDir) {
        if (!Files.exists(directory(dataDir).resolve("PG_VERSION"))) {
            throw new IllegalArgumentException("no PostgreSQL cluster in " + directory(dataDir));
        }
        var lock = DataDirLock.take(dataDir);
        try {
            OrphanPostmaster.clear(directory(dataDir));
            return new Alone(PostgresServer.start(directory(dataDir), new ServerOptions(0, true, 20, null)), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    static EmbeddedDatabase start(Path dataDir, int port, boolean durable) {
        var lock = DataDirLock.take(dataDir);
        try {
            var cluster = directory(dataDir);
            OrphanPostmaster.clear(cluster);
            var credentials = ClusterSetup.prepare(cluster, DatabaseCredentials.fileIn(dataDir), true);
            var server = PostgresServer.start(cluster, new ServerOptions(port, durable, 100, socketDirectory(dataDir)));
            try {
                DatabaseRoles.ensureRoles(server.port(), credentials);
                DatabaseRoles.ensureDatabase(server.port(), credentials, DATABASE);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
            return new EmbeddedDatabase(server, DATABASE, credentials, () -> {
                server.close();
                lock.close();
            });
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** {@code <data dir>/run}: for psql and backups on this machine, readable by the node's user only. */
    private static Path socketDirectory(Path dataDir) {
        var directory = dataDir.resolve("run");
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + directory, e);
        }
    }

    /** A server started by {@link #startAlone(Path)}; closing stops it and releases the data dir. */
    public static final class Alone implements AutoCloseable {

        private final PostgresServer server;
        private final DataDirLock lock;

        private Alone(PostgresServer server, DataDirLock lock) {
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
