package org.liaison.prisoners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An offence the prisoner was convicted of, with the law and article that define it. */
public record Offence(
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 300, message = "{prisoners.validation.size}") String description,
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 200, message = "{prisoners.validation.size}") String law,
        @Nullable @Size(max = 40, message = "{prisoners.validation.size}") String article) {
}
