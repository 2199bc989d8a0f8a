package org.liaison.identity.signin;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How long a run of failed sign-ins makes the next attempt wait: the first {@code freeFailures} cost nothing,
 * then each failure doubles the wait from one second, up to {@code cap}. A wait slows guessing down without
 * ever shutting the rightful officer out for longer than the cap, whoever caused the failures.
 */
public record Throttle(int freeFailures, Duration cap) {

    public Throttle {
        if (freeFailures < 0 || cap.isNegative() || cap.isZero()) {
            throw new IllegalArgumentException("a throttle needs free failures >= 0 and a positive cap");
        }
    }

    /** The instant before which no attempt is checked, after {@code failures} failures the last at {@code last}. */
    public @Nullable Instant until(int failures, Instant last) {
        if (failures < freeFailures) {
            return null;
        }
        return last.plus(delay(failures));
    }

    /** 2^(failures − free) seconds, capped; the exponent is bounded so that the shift cannot overflow. */
    Duration delay(int failures) {
        int exponent = Math.min(failures - freeFailures, 40);
        var delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
