package org.liaison.directory;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.Scripts;

/** A country of the federation or a neighbour: ISO 3166-1 alpha-2 code, English and native name. */
public record Country(String code, String name, @Nullable String nativeName) {

    /** BCP 47 language tag for the native name. */
    public String nativeLanguage() {
        return Scripts.languageOf(code);
    }
}
