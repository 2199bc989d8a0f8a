package org.liaison.directory.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Which language tag to put on native-script names, so browsers pick the right font and shaping. */
public final class Scripts {

    private static final Map<String, String> LANGUAGES = Map.of(
            "KH", "km", "LA", "lo", "VN", "vi", "TH", "th", "MM", "my", "CN", "zh");

    private Scripts() {
    }

    public static String languageOf(String country) {
        return LANGUAGES.getOrDefault(country, "und");
    }

    /** Trimmed text, or null when nothing is left: optional form fields arrive as empty strings. */
    public static @Nullable String optional(@Nullable String text) {
        if (text == null) {
            return null;
        }
        var trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Trimmed text; a missing value stays null so that validation reports it. */
    public static @Nullable String required(@Nullable String text) {
        return text == null ? null : text.strip();
    }
}
