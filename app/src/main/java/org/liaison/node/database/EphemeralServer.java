package org.liaison.node.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One throw-away server per JVM for the tests, with a database of its own per application context: fast, not
 * durable (fsync off), but with the same roles and authentication as a node's own cluster. It stops when the JVM
 * ends; the next JVM removes the folders of servers whose JVM has gone.
 */
final class EphemeralServer {

    private static final Logger log = LoggerFactory.getLogger(EphemeralServer.class);
    private static final Path PARENT = Path.of(System.getProperty("java.io.tmpdir"), "liaison-ephemeral-postgres");
    private static @Nullable EphemeralServer shared;

    private final PostgresServer server;
    private final DatabaseCredentials credentials;
    @SuppressWarnings({"FieldCanBeLocal", "unused"}) // held for the JVM's life: it marks the folder as in use
    private final DataDirLock lock;

    private EphemeralServer(Path folder) {
        this.lock = DataDirLock.take(folder);
        this.credentials = ClusterSetup.prepare(folder.resolve("postgres"), DatabaseCredentials.fileIn(folder), false);
        this.server = PostgresServer.start(folder.resolve("postgres"), new ServerOptions(0, false, 300, null));
        DatabaseRoles.ensureRoles(server.port(), credentials);
    }

    static synchronized EphemeralServer shared() {
        if (shared == null) {
            removeAbandoned();
            shared = new EphemeralServer(PARENT.resolve(UUID.randomUUID().toString()));
        }
        return shared;
    }

    /** The named database (kept across a test node's restarts), or a fresh one. */
    EmbeddedDatabase database(@Nullable String name) {
        var database = name != null ? name : "liaison_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DatabaseRoles.ensureDatabase(server.port(), credentials, database);
        return new EmbeddedDatabase(server, database, credentials, null);
    }

    private static void removeAbandoned() {
        try (var folders = Files.exists(PARENT) ? Files.list(PARENT) : Stream.<Path>empty()) {
            for (var folder : folders.toList()) {
                try (var abandoned = DataDirLock.take(folder)) {
                    PostmasterPid.read(folder.resolve("postgres")).flatMap(PostmasterPid::livePostmaster)
                            .ifPresent(OrphanPostmaster::stop);
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IllegalStateException e) {
                    log.debug("{} is in use: {}", folder, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not clean " + PARENT, e);
        }
    }
}
