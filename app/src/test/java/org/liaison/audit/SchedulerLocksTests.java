package org.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How long a once-per-period job holds its lock: most of its period, never past its longest hold. */
class SchedulerLocksTests {

    @Test
    void holdsNineTenthsOfThePeriodHoweverItIsWritten() {
        assertThat(SchedulerLocks.atLeast("PT10S", "PT5M")).isEqualTo("PT9S");
        assertThat(SchedulerLocks.atLeast("5s", "PT5M")).isEqualTo("PT4.5S");
        assertThat(SchedulerLocks.atLeast("500", "PT5M")).as("milliseconds").isEqualTo("PT0.45S");
    }

    @Test
    void neverHoldsLongerThanTheJobsLongestHold() {
        assertThat(SchedulerLocks.atLeast("PT1H", "PT5M")).isEqualTo("PT5M");
    }
}
