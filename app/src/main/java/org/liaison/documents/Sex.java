package org.liaison.documents;

import org.jspecify.annotations.Nullable;

/** The sex as a zone records it (ICAO 9303 part 3: F, M, or X / {@code <} for unspecified). */
public enum Sex {
    FEMALE, MALE, UNSPECIFIED;

    static @Nullable Sex of(char c) {
        return switch (c) {
            case 'F' -> FEMALE;
            case 'M' -> MALE;
            case 'X', '<' -> UNSPECIFIED;
            default -> null;
        };
    }
}
