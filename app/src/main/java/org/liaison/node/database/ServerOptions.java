package org.liaison.node.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a {@link PostgresServer} runs: its port, whether every commit reaches the disk before it is acknowledged,
 * and where its Unix socket lives. The settings are command-line options, which outrank {@code postgresql.conf}
 * and {@code ALTER SYSTEM}, so what is set here is what the server runs with.
 *
 * @param durable {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on; off only for
 *                throw-away test servers and the benchmark's comparison
 * @param socketDirectory where the server's Unix socket goes (readable by this user only), or null for none
 */
record ServerOptions(int port, boolean durable, int maxConnections, @Nullable Path socketDirectory) {

    private static final Logger log = LoggerFactory.getLogger(ServerOptions.class);

    /** A socket's path, {@code <dir>/.s.PGSQL.<port>}, must fit the 107 bytes of {@code sun_path}. */
    private static final int SOCKET_PATH_LIMIT = 107;

    ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("not a port: " + port);
        }
    }

    /** The same options on a free port if none was given, so that restarts after a crash keep the port. */
    ServerOptions withPortChosen() {
        if (port != 0) {
            return this;
        }
        try (var socket = new ServerSocket(0)) {
            return new ServerOptions(socket.getLocalPort(), durable, maxConnections, socketDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for PostgreSQL", e);
        }
    }

    List<String> arguments(Path cluster) {
        var on = durable ? "on" : "off";
        var arguments = new ArrayList<>(List.of("-D", cluster.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=" + socketDirectoryOrNone(),
                "-c", "unix_socket_permissions=0700",
                "-c", "fsync=" + on, "-c", "synchronous_commit=" + on, "-c", "full_page_writes=" + on,
                "-c", "max_connections=" + maxConnections,
                "-c", "password_encryption=scram-sha-256",
                "-c", "timezone=UTC"));
        // A week of logs in <cluster>/log, one file per weekday, each overwritten a week later.
        arguments.addAll(List.of("-c", "logging_collector=on", "-c", "log_directory=log",
                "-c", "log_filename=postgresql-%a.log", "-c", "log_truncate_on_rotation=on",
                "-c", "log_rotation_age=1d", "-c", "log_rotation_size=0"));
        return arguments;
    }

    /** None where the path is too long: the server would refuse to start rather than go without its socket. */
    private String socketDirectoryOrNone() {
        if (socketDirectory == null) {
            return "";
        }
        var path = socketDirectory.toAbsolutePath() + "/.s.PGSQL." + port;
        if (path.getBytes(StandardCharsets.UTF_8).length > SOCKET_PATH_LIMIT) {
            log.info("No Unix socket for PostgreSQL: {} is longer than {} bytes; TCP on 127.0.0.1 only", path, SOCKET_PATH_LIMIT);
            return "";
        }
        return socketDirectory.toAbsolutePath().toString();
    }
}
