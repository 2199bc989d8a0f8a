package org.liaison.border;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A holder of this node's pass who left through {@code checkpoint} and was not back when the pass ended. */
public record Overstay(long checkpoint, String pass, String surname, String givenNames, @Nullable String nameInScript,
                       Instant left, LocalDate passEnded) {

    public String name() {
        return givenNames.isBlank() ? surname : surname + " " + givenNames;
    }
}
