package org.liaison.committees.internal;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Trims what officers type: blanks become null, lists lose their empty entries. */
public final class Texts {

    private Texts() {
    }

    public static @Nullable String optional(@Nullable String value) {
        if (value == null) {
            return null;
        }
        var trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static List<String> list(@Nullable List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : list(List.of(text.split("\\R")));
    }

    public static String languageOf(String party) {
        return switch (party.length() < 2 ? "" : party.substring(0, 2)) {
            case "KH" -> "km";
            case "LA" -> "lo";
            case "VN" -> "vi";
            case "TH" -> "th";
            default -> "en";
        };
    }
}
