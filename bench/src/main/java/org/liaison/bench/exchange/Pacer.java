package org.liaison.bench.exchange;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/** Offers work at a fixed rate (open loop), each unit on a virtual thread, at most 512 in flight. */
final class Pacer {

    private final int rate;
    private final Duration duration;

    Pacer(int rate, Duration duration) {
        this.rate = rate;
        this.duration = duration;
    }

    /** Runs {@code work} {@code rate} times a second for the duration; returns how many units failed. */
    int run(Runnable work) throws InterruptedException {
        var failures = new AtomicInteger();
        var inFlight = new Semaphore(512);
        long total = (long) rate * duration.toSeconds();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                inFlight.acquire();
                pool.submit(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
        }
        return failures.get();
    }
}
