package org.liaison.node.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for a new postmaster of a cluster whose last one may have outlived the JVM that started it
 * (an earlier version started PostgreSQL through {@code pg_ctl}, which detaches it). Called only by a holder of
 * the {@link DataDirLock}, so a live postmaster of the cluster has no node of its own any more.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);

    private OrphanPostmaster() {
    }

    static void clear(Path cluster) {
        var pidFile = PostmasterPid.read(cluster);
        if (pidFile.isEmpty()) {
            return;
        }
        var orphan = pidFile.get().livePostmaster();
        if (orphan.isPresent()) {
            log.warn("PostgreSQL (pid {}) of {} outlived the node that started it; stopping it", orphan.get().pid(), cluster);
            stop(orphan.get());
        } else if (pidFile.get().pidTakenByAnotherProcess()) {
            // PostgreSQL would refuse to start, taking the live process for a postmaster of this cluster.
            log.info("{} names pid {}, now another process; removing the stale file", PostmasterPid.FILE, pidFile.get().pid());
            delete(cluster.resolve(PostmasterPid.FILE));
        }
        // A dead pid: the new postmaster removes the stale file itself and recovers from the log.
    }

    /** Fast shutdown (SIGINT), then immediate shutdown (SIGQUIT), then SIGKILL, each given time to end it. */
    static void stop(ProcessHandle postmaster) {
        for (var signal : new String[] {"INT", "QUIT", "KILL"}) {
            PostgresCommands.signal(postmaster.pid(), signal);
            if (exited(postmaster, signal.equals("INT") ? Duration.ofMinutes(2) : Duration.ofSeconds(20))) {
                return;
            }
            log.warn("PostgreSQL (pid {}) did not stop on SIG{}", postmaster.pid(), signal);
        }
        throw new IllegalStateException("could not stop PostgreSQL (pid " + postmaster.pid() + ")");
    }

    private static boolean exited(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not wait for pid " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping pid " + process.pid(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file, e);
        }
    }
}
