package org.liaison.screening.hits;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Who was screened, reduced to what identifies a repeat look-up: the name without case, spacing or punctuation
 * differences, the date of birth, nationality and document as typed (they are already normalised on input).
 */
final class SubjectKey {

    static final int MAX_LENGTH = 400;

    private SubjectKey() {
    }

    static String of(Hits.Found found) {
        var name = Normalizer.normalize(found.travellerName(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\p{Z}\\s]+", " ").strip();
        var key = String.join("|", name, Objects.requireNonNullElse(found.dateOfBirth(), ""),
                Objects.requireNonNullElse(found.nationality(), ""), Objects.requireNonNullElse(found.document(), ""));
        return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
    }
}
