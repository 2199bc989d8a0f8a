package org.liaison.exchange.trust;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One turn per key and interval, on this instance: the first to ask in an interval gets it, everyone else
 * that interval is told no. Keys are kept, so callers give only keys of a small, known set (trusted partners).
 */
final class OncePerInterval {

    private final Duration interval;
    private final Clock clock;
    private final ConcurrentHashMap<String, Instant> lastTurn = new ConcurrentHashMap<>();

    OncePerInterval(Duration interval, Clock clock) {
        this.interval = interval;
        this.clock = clock;
    }

    /** Whether {@code key}'s turn of this interval is the caller's (and now taken). */
    boolean take(String key) {
        var now = Instant.now(clock);
        var taken = new boolean[1];
        lastTurn.compute(key, (k, last) -> {
            taken[0] = last == null || !now.isBefore(last.plus(interval));
            return taken[0] ? now : last;
        });
        return taken[0];
    }
}
