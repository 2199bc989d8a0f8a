package org.liaison.prisoners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A document that establishes who the prisoner is: its kind (passport, identity card…), number and issuer. */
public record IdentityDocument(
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 40, message = "{prisoners.validation.size}") String kind,
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 40, message = "{prisoners.validation.size}") String number,
        @Nullable @Pattern(regexp = "[A-Z]{2}", message = "{prisoners.validation.country}") String issuedBy) {
}
