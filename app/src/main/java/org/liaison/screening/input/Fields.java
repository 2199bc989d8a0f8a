package org.liaison.screening.input;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Trimming for form and API input: blank means absent. */
public final class Fields {

    private Fields() {
    }

    public static @Nullable String optional(@Nullable String value) {
        if (value == null) {
            return null;
        }
        var stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public static @Nullable String upper(@Nullable String value) {
        var stripped = optional(value);
        return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
    }

    public static @Nullable String cut(@Nullable String value, int max) {
        var stripped = optional(value);
        return stripped == null || stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
