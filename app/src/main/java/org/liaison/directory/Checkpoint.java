package org.liaison.directory;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * An official border crossing between two countries. Side {@code a} is the country whose code sorts first,
 * so a pair has one canonical order. Hours are local time; null where no reliable public figure exists.
 */
public record Checkpoint(
        long id,
        CheckpointSide a,
        CheckpointSide b,
        double latitude,
        double longitude,
        CheckpointType type,
        @Nullable LocalTime opensAt,
        @Nullable LocalTime closesAt,
        CheckpointStatus status,
        @Nullable String note) {

    /** The pair as written in the directory, e.g. {@code KH–VN}. */
    public String pair() {
        return a.country() + "–" + b.country();
    }

    public boolean touches(String country) {
        return a.country().equals(country) || b.country().equals(country);
    }
}
