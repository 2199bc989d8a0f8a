package org.liaison.matching;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Nationality and gender adjustments; nationality only rewards agreement since formats differ by source. */
final class Attributes {

    private Attributes() {
    }

    static String nationality(@Nullable String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    static double nationality(String query, String entry) {
        return !query.isEmpty() && query.equals(entry) ? 0.03 : 0;
    }

    static double gender(int query, int entry) {
        if (query < 0 || entry < 0) {
            return 0;
        }
        return query == entry ? 0.01 : -0.05;
    }
}
