package org.liaison.screening;

import org.jspecify.annotations.Nullable;

/** As recorded on a travel document (ICAO 9303: F, M or X). */
public enum Gender {
    FEMALE, MALE, OTHER;

    public org.liaison.matching.Gender forMatching() {
        return org.liaison.matching.Gender.valueOf(name());
    }

    public static @Nullable Gender ofMrz(char sex) {
        return switch (sex) {
            case 'F' -> FEMALE;
            case 'M' -> MALE;
            case 'X' -> OTHER;
            default -> null;
        };
    }
}
