package org.liaison.cases;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Form text as the drafts keep it: trimmed, blank as absent, lists without blanks or repeats. */
final class Texts {

    private Texts() {
    }

    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A list whose items may themselves be comma-separated, as a single form field sends them. */
    static List<String> list(List<String> values) {
        return values.stream().filter(java.util.Objects::nonNull).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
