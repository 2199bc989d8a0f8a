package org.liaison.node.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for a starting postmaster to accept connections, for as long as it makes progress: recovery after a
 * crash replays the write-ahead log for as long as it takes, and PostgreSQL logs its progress every ten seconds
 * meanwhile ({@code log_startup_progress_interval}). A server that writes nothing for {@link #STALL} is stopped.
 */
final class Readiness {

    private static final Duration STALL = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(50);

    private final Path cluster;
    private final int port;
    private final Process wrapper;

    Readiness(Path cluster, int port, Process wrapper) {
        this.cluster = cluster;
        this.port = port;
        this.wrapper = wrapper;
    }

    void await() {
        var seen = progress();
        long since = System.nanoTime();
        while (!ready()) {
            if (!wrapper.isAlive()) {
                throw failure("it exited with status " + wrapper.exitValue());
            }
            var now = progress();
            if (!now.equals(seen)) {
                seen = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since > STALL.toNanos()) {
                abandon();
                throw failure("it made no progress for " + STALL.toMinutes() + " minutes");
            }
            pause();
        }
    }

    private boolean ready() {
        return PostmasterPid.read(cluster).filter(PostmasterPid::ready).filter(this::startedByWrapper).isPresent()
                && accepts();
    }

    /** The file of a postmaster that was killed says "ready" too, and names a pid that is not ours. */
    private boolean startedByWrapper(PostmasterPid pid) {
        var process = ProcessHandle.of(pid.pid());
        for (int level = 0; level < 3 && process.isPresent(); level++) {
            process = process.flatMap(ProcessHandle::parent);
            if (process.isPresent() && process.get().pid() == wrapper.pid()) {
                return true;
            }
        }
        return false;
    }

    private boolean accepts() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** What a working server changes while it starts: its pid file and its logs. */
    private List<Object> progress() {
        try (var logs = Files.exists(cluster.resolve("log")) ? Files.list(cluster.resolve("log")) : Stream.<Path>empty()) {
            long logged = logs.mapToLong(Readiness::size).sum();
            var pid = Files.exists(cluster.resolve(PostmasterPid.FILE)) ? Files.readString(cluster.resolve(PostmasterPid.FILE)) : "";
            return List.of(logged, pid);
        } catch (IOException e) {
            return List.of(System.nanoTime()); // files changing under us are progress too
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private void abandon() {
        try {
            wrapper.getOutputStream().close();
            if (!wrapper.waitFor(30, TimeUnit.SECONDS)) {
                wrapper.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL in " + cluster, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new IllegalStateException("interrupted while PostgreSQL of " + cluster + " was starting", e);
        }
    }

    private IllegalStateException failure(String why) {
        var logs = cluster.resolve("log");
        return new IllegalStateException("PostgreSQL of " + cluster + " did not start: " + why + ". See "
                + logs.resolve("startup.log") + " and the day's postgresql-*.log in " + logs + "; last lines:\n"
                + lastLines(logs.resolve("startup.log"), 8));
    }

    private static String lastLines(Path file, int count) {
        try {
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(" + file + " is unreadable: " + e.getMessage() + ")";
        }
    }
}
