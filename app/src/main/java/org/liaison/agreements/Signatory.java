package org.liaison.agreements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Who signed or witnessed for a party: the name as romanized, in original script, and their title. */
public record Signatory(@NotNull Party party,
                        @NotNull SignatoryRole role,
                        @NotBlank @Size(max = 120) String name,
                        @Size(max = 120) @Nullable String nativeName,
                        @Size(max = 200) @Nullable String title) {
}
