package org.liaison.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A node's own PostgreSQL cluster, kept under its data dir ({@code postgres/}) across restarts: locked against a
 * second user, cleared of a postmaster that outlived its node, created or upgraded, started under supervision,
 * and its roles and database set up.
 */
final class NodeCluster {

    static final String DATABASE = "liaison";

    private NodeCluster() {
    }

    static Path directory(Path dataDir) {
        return dataDir.resolve("postgres");
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
}
