package org.liaison.exchange.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void doublesTheNominalDelayPerAttemptAndWaitsBetweenHalfAndAllOfIt() {
        for (int attempt = 0; attempt < 8; attempt++) {
            long nominal = 1000L << attempt;
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delayAfter(attempt).toMillis()).isBetween(nominal / 2, nominal);
            }
        }
    }

    @Test
    void neverWaitsLongerThanTheCapEvenAfterManyAttempts() {
        assertThat(backoff.delayAfter(40)).isLessThanOrEqualTo(Duration.ofMinutes(5)).isGreaterThanOrEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void spreadsRetriesOfSendersThatFailedTogether() {
        var delays = new java.util.HashSet<Long>();
        for (int i = 0; i < 50; i++) {
            delays.add(backoff.delayAfter(6).toMillis());
        }
        assertThat(delays).hasSizeGreaterThan(40);
    }
}
