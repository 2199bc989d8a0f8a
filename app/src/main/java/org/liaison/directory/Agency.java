package org.liaison.directory;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.Scripts;

/**
 * A government body in the directory. {@code nativeName} is in the country's own script,
 * {@code nativeNameLatin} its romanization where the script is not Latin.
 */
public record Agency(
        AgencyId id,
        String country,
        AgencyType type,
        String name,
        @Nullable String nativeName,
        @Nullable String nativeNameLatin,
        @Nullable String abbreviation,
        @Nullable Official head) {

    public @Nullable AgencyId parent() {
        return id.parent().orElse(null);
    }

    /** BCP 47 language tag for the native-script names. */
    public String nativeLanguage() {
        return Scripts.languageOf(country);
    }
}
