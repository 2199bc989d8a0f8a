package org.liaison.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An evidence item to register, with its first holder and where it was taken into custody. */
public record EvidenceDraft(
        @NotBlank(message = "{cases.validation.required}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/._-]{0,59}", message = "{cases.validation.label}") @Nullable String label,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 1000, message = "{cases.validation.size}") @Nullable String description,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 200, message = "{cases.validation.size}") @Nullable String holder,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 200, message = "{cases.validation.size}") @Nullable String place) {

    public EvidenceDraft {
        label = Texts.optional(label);
        description = Texts.optional(description);
        holder = Texts.optional(holder);
        place = Texts.optional(place);
    }

    public static EvidenceDraft empty() {
        return new EvidenceDraft(null, null, null, null);
    }
}
