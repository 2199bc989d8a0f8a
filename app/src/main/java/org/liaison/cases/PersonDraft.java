package org.liaison.cases;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.matching.Romanization;
import org.liaison.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A person to link: the name in its original script, in Latin letters, or both. Given only in its own script
 * (Lao, Khmer, Thai), the Latin form is derived by the matching library's romanization, so every person can be
 * found in Latin letters too.
 */
public record PersonDraft(
        @NotNull(message = "{cases.validation.required}") @Nullable PersonRole role,
        @Size(max = 200, message = "{cases.validation.size}") @Nullable String nameOriginal,
        @Size(max = 200, message = "{cases.validation.size}") @Nullable String nameLatin,
        @Pattern(regexp = "[A-Z]{2}", message = "{cases.validation.country}") @Nullable String nationality,
        @Past(message = "{cases.validation.past}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateOfBirth,
        @Size(max = 5, message = "{cases.validation.size}") @Nullable List<@Size(max = 80, message = "{cases.validation.size}") String> documents) {

    public PersonDraft {
        nameOriginal = Texts.optional(nameOriginal);
        nameLatin = Texts.optional(nameLatin);
        nationality = Texts.optional(nationality);
        documents = documents == null ? null : Texts.list(documents);
    }

    public static PersonDraft empty() {
        return new PersonDraft(null, null, null, null, null, List.of());
    }

    /** The Latin form: as given, or romanized from the original script; a name is required in one of them. */
    public String latinName() {
        if (nameLatin != null) {
            return nameLatin;
        }
        if (nameOriginal == null) {
            throw new InvalidInput("give the person's name in its own script, in Latin letters, or both");
        }
        var romanized = Romanization.of(nameOriginal).strip();
        return romanized.isEmpty() ? nameOriginal : romanized;
    }

    public List<String> documentList() {
        return documents == null ? List.of() : documents;
    }
}
