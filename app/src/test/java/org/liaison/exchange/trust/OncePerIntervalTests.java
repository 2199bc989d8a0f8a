package org.liaison.exchange.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The bound on fetching a partner's keys when its signatures name unknown keys: one fetch per partner and interval. */
class OncePerIntervalTests {

    private final MovingClock clock = new MovingClock();
    private final OncePerInterval fetches = new OncePerInterval(Duration.ofSeconds(30), clock);

    @Test
    void aFloodGetsOneTurnPerInterval() {
        var turns = IntStream.range(0, 1_000).filter(i -> fetches.take("LA-1")).count();
        assertThat(turns).isEqualTo(1);

        clock.move(Duration.ofSeconds(29));
        assertThat(fetches.take("LA-1")).as("still the same interval").isFalse();
        clock.move(Duration.ofSeconds(1));
        assertThat(fetches.take("LA-1")).as("the next interval").isTrue();
        assertThat(fetches.take("LA-1")).isFalse();
    }

    @Test
    void eachPartnerHasItsOwnTurn() {
        assertThat(fetches.take("LA-1")).isTrue();
        assertThat(fetches.take("VN-1")).isTrue();
        assertThat(fetches.take("LA-1")).isFalse();
    }

    @Test
    void concurrentCallersShareOneTurn() {
        var turns = IntStream.range(0, 10_000).parallel().filter(i -> fetches.take("LA-1")).count();
        assertThat(turns).isEqualTo(1);
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-05T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
