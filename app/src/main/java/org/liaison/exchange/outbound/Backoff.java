package org.liaison.exchange.outbound;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * {@code min(max, base · 2ⁿ)}, so a crowd of senders that failed together does not retry together, yet no
 * retry comes sooner than half the nominal delay.
 */
record Backoff(Duration base, Duration max) {

    Duration delayAfter(int attempts) {
        long cap = max.toMillis();
        long nominal = Math.min(cap, base.toMillis() << Math.min(attempts, 30));
        long half = nominal / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(nominal - half + 1));
    }
}
