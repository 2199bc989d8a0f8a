package org.liaison.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.Scripts;

/**
 * What an administrator submits for a contact point. Languages are ISO 639-1 codes separated by commas
 * ({@code km,en}); text is trimmed, blanks become null.
 */
public record ContactPointDraft(
        @NotBlank(message = "{directory.validation.required}")
        @Size(max = 41, message = "{directory.validation.size}")
        @Pattern(regexp = AgencyId.PATTERN, message = "{directory.validation.agencyId}") @Nullable String agency,
        @NotBlank(message = "{directory.validation.required}")
        @Size(max = 200, message = "{directory.validation.size}") @Nullable String name,
        @NotNull(message = "{directory.validation.required}") @Nullable ContactKind kind,
        @Size(max = 40, message = "{directory.validation.size}")
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{2,39}", message = "{directory.validation.phone}") @Nullable String phone,
        @Size(max = 200, message = "{directory.validation.size}")
        @Email(message = "{directory.validation.email}") @Nullable String email,
        @NotBlank(message = "{directory.validation.required}")
        @Size(max = 40, message = "{directory.validation.size}")
        @Pattern(regexp = "[a-z]{2}(,[a-z]{2})*", message = "{directory.validation.languages}") @Nullable String languages,
        @Size(max = 60, message = "{directory.validation.size}") @Nullable String hours) {

    public ContactPointDraft {
        agency = Scripts.required(agency);
        name = Scripts.required(name);
        phone = Scripts.optional(phone);
        email = Scripts.optional(email);
        languages = languages == null ? null : languages.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        hours = Scripts.optional(hours);
    }

    /** The draft of an existing contact point, to prefill the edit form. */
    public static ContactPointDraft of(ContactPoint c) {
        return new ContactPointDraft(c.agency().value(), c.name(), c.kind(), c.phone(), c.email(),
                String.join(",", c.languages()), c.hours());
    }

    AgencyId agencyId() {
        return AgencyId.of(String.valueOf(agency));
    }

    String summary() {
        return "agency=" + agency + " kind=" + kind + " name=" + name;
    }
}
