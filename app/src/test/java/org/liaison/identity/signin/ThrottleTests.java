package org.liaison.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ThrottleTests {

    private static final Instant LAST = Instant.parse("2026-12-04T10:00:00Z");
    private final Throttle throttle = new Throttle(3, Duration.ofMinutes(1));

    @Test
    void theFirstFailuresCostNothing() {
        assertThat(throttle.until(0, LAST)).isNull();
        assertThat(throttle.until(2, LAST)).isNull();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitFromOneSecond() {
        assertThat(throttle.until(3, LAST)).isEqualTo(LAST.plusSeconds(1));
        assertThat(throttle.until(4, LAST)).isEqualTo(LAST.plusSeconds(2));
        assertThat(throttle.until(8, LAST)).isEqualTo(LAST.plusSeconds(32));
    }

    @Test
    void theWaitStopsGrowingAtTheCapHoweverManyFailures() {
        assertThat(throttle.until(9, LAST)).isEqualTo(LAST.plusSeconds(60));
        assertThat(throttle.until(Integer.MAX_VALUE, LAST)).isEqualTo(LAST.plusSeconds(60));
    }
}
