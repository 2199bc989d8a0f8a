package org.liaison.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * When an agreement applies: from the start of its first day to the end of its last day, both in the
 * agreement's time zone (dates in an MoU are local dates). Open ends are null.
 */
public record Validity(@Nullable LocalDate from, @Nullable LocalDate until, ZoneId zone) {

    /** The first instant it applies, or null if open. */
    public @Nullable Instant start() {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first instant it no longer applies (the day after the last day), or null if open. */
    public @Nullable Instant end() {
        return until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** This validity cut short on {@code endedOn} (termination, expiry or renewal), whichever is earlier. */
    Validity endedOn(@Nullable LocalDate endedOn) {
        if (endedOn == null || (until != null && until.isBefore(endedOn))) {
            return this;
        }
        return new Validity(from, endedOn, zone);
    }

    boolean coversDay(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
