package org.liaison.node.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server of one cluster, run as a child of this JVM that stops when the JVM goes, however it goes.
 *
 * <p>The postmaster runs under a small shell wrapper whose standard input is a pipe from this JVM that nobody
 * writes to. The pipe reaches end-of-file when {@link #close()} closes it or when the JVM dies, even of SIGKILL
 * (the kernel closes a dead process's descriptors); the wrapper then sends the postmaster SIGINT, PostgreSQL's
 * fast shutdown. The wrapper runs in a session of its own, so a Ctrl-C meant for the node does not stop the
 * database under it. A {@link Watchdog} restarts a postmaster that dies while the node runs.
 */
final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    private static final String WRAPPER = """
            exec 3<&0 </dev/null
            "$@" 3<&- &
            postmaster=$!
            (while read -r _ <&3; do :; done; kill -INT "$postmaster" 2>/dev/null) &
            watcher=$!
            exec 3<&-
            trap 'kill -INT "$postmaster" 2>/dev/null' INT TERM HUP
            wait "$postmaster"; status=$?
            while kill -0 "$postmaster" 2>/dev/null; do wait "$postmaster"; status=$?; done
            kill "$watcher" 2>/dev/null
            exit "$status"
            """;
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);

    private final Path cluster;
    private final ServerOptions options;
    private final Watchdog watchdog;
    private Process wrapper;
    private boolean closed;

    private PostgresServer(Path cluster, ServerOptions options) {
        this.cluster = cluster;
        this.options = options;
        this.wrapper = launch();
        this.watchdog = new Watchdog(this);
    }

    /** Starts the cluster's server and returns once it accepts connections; a port of 0 picks a free one. */
    static PostgresServer start(Path cluster, ServerOptions options) {
        var server = new PostgresServer(cluster, options.withPortChosen());
        server.watchdog.start();
        log.info("PostgreSQL of {} on 127.0.0.1:{} ({})", cluster, server.port(),
                options.durable() ? "durable: fsync, synchronous_commit and full_page_writes on" : "NOT durable: fsync, synchronous_commit and full_page_writes off");
        return server;
    }

    int port() {
        return options.port();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    Path cluster() {
        return cluster;
    }

    /** The wrapper of the running postmaster, for the watchdog to wait on. */
    synchronized Process wrapper() {
        return wrapper;
    }

    synchronized boolean closed() {
        return closed;
    }

    /** Starts the postmaster again after it died; false if the server was closed meanwhile. */
    synchronized boolean restart() {
        if (closed) {
            return false;
        }
        OrphanPostmaster.clear(cluster); // the wrapper may have died and left its postmaster running
        wrapper = launch();
        return true;
    }

    private Process launch() {
        var logs = cluster.resolve("log");
        try {
            Files.createDirectories(logs);
            var command = new ArrayList<>(List.of("sh", "-c", WRAPPER, "liaison-postgres"));
            PostgresCommands.onPath("setsid").ifPresent(setsid -> command.addFirst(setsid));
            command.addAll(PostgresCommands.command("postgres", options.arguments(cluster)));
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("startup.log").toFile())).start();
            new Readiness(cluster, port(), process).await();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + cluster, e);
        }
    }

    /** Fast shutdown through the wrapper; if the postmaster does not go, immediate shutdown, then SIGKILL. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        watchdog.interrupt();
        var postmaster = PostmasterPid.read(cluster).flatMap(PostmasterPid::livePostmaster);
        try {
            wrapper.getOutputStream().close();
            if (!wrapper.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("PostgreSQL of {} did not stop within {}", cluster, STOP_WAIT);
            }
            postmaster.filter(ProcessHandle::isAlive).ifPresent(OrphanPostmaster::stop);
            log.info("PostgreSQL of {} stopped", cluster);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL in " + cluster, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            postmaster.ifPresent(OrphanPostmaster::stop);
        }
    }
}
