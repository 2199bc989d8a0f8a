package org.liaison.border;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.liaison.documents.Sex;

/** A recorded crossing, owned by the agency of the officer (or import) that recorded it. */
public record Crossing(CrossingId id, String agency, long checkpoint, Direction direction, Purpose purpose,
                       Instant crossedAt, String surname, String givenNames, @Nullable String nameInScript,
                       @Nullable String nationality, @Nullable LocalDate dateOfBirth, @Nullable Sex sex,
                       String documentNumber, @Nullable String documentIssuer, @Nullable LocalDate documentExpiry,
                       @Nullable String plate, @Nullable String goods, String recordedBy, Instant recordedAt,
                       Source source) {

    /** How the crossing reached this node. */
    public enum Source {
        FORM, API, IMPORT
    }

    /** Given names then surname, in the document's Latin letters. */
    public String name() {
        return (givenNames + " " + surname).strip();
    }
}
