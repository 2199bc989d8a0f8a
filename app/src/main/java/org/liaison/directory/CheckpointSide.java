package org.liaison.directory;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.Scripts;

/** One country's side of a border crossing, named as that country names it. */
public record CheckpointSide(String country, String name, @Nullable String nativeName, @Nullable String province) {

    /** BCP 47 language tag for the native name. */
    public String nativeLanguage() {
        return Scripts.languageOf(country);
    }
}
