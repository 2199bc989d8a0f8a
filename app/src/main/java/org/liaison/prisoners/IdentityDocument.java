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

    /** One line of a form: {@code kind; number; issuing country}. */
    static IdentityDocument parse(String line) {
        var parts = line.split(";", 3);
        var issuer = parts.length > 2 ? parts[2].strip().toUpperCase(java.util.Locale.ROOT) : "";
        return new IdentityDocument(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "",
                issuer.isEmpty() ? null : issuer);
    }

    String line() {
        return kind + "; " + number + "; " + (issuedBy == null ? "" : issuedBy);
    }
}
