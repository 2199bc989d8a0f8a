package org.liaison.node.database;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restarts a server's postmaster that dies while the node runs (SIGKILL, the out-of-memory killer), on the same
 * port, so that the connection pools reconnect by themselves. The first attempts after a SIGKILL usually fail:
 * the dead postmaster's backends still hold its shared memory until they notice and exit, so it retries with
 * back-off until the new postmaster gets it and has recovered from the write-ahead log.
 */
final class Watchdog {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private final PostgresServer server;
    private final Thread thread;

    Watchdog(PostgresServer server) {
        this.server = server;
        this.thread = Thread.ofPlatform().daemon().name("postgres-watchdog").unstarted(this::watch);
    }

    void start() {
        thread.start();
    }

    void interrupt() {
        thread.interrupt();
    }

    private void watch() {
        try {
            while (true) {
                int status = server.wrapper().waitFor();
                if (server.closed()) {
                    return;
                }
                log.error("PostgreSQL of {} exited unexpectedly (status {}); restarting it", server.cluster(), status);
                restart();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: the server stops its postmaster itself
        }
    }

    private void restart() throws InterruptedException {
        var pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            Thread.sleep(pause);
            try {
                if (server.restart()) {
                    log.info("PostgreSQL of {} runs again on port {} (attempt {})", server.cluster(), server.port(), attempt);
                }
                return;
            } catch (RuntimeException e) {
                log.info("PostgreSQL of {} did not start yet (attempt {}): {}", server.cluster(), attempt, firstLine(e));
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static String firstLine(RuntimeException e) {
        var message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
