package org.liaison.border;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An application for a border pass, as a border officer takes it from a resident of a border province: who (name in
 * Latin letters and, when written, the original script), where they live, for what and through which checkpoints,
 * and for which days (at most a year).
 */
public record PassApplication(
        @NotBlank(message = "{border.invalid.required}") @Size(max = 100, message = "{border.invalid.size}") @Nullable String surname,
        @Size(max = 100, message = "{border.invalid.size}") @Nullable String givenNames,
        @Size(max = 200, message = "{border.invalid.size}") @Nullable String nameInScript,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateOfBirth,
        @NotNull(message = "{border.invalid.required}") @Pattern(regexp = "[A-Z]{3}", message = "{border.invalid.code}") @Nullable String nationality,
        @NotBlank(message = "{border.invalid.required}") @Size(max = 200, message = "{border.invalid.size}") @Nullable String residence,
        @NotEmpty(message = "{border.invalid.required}") @Nullable List<Purpose> purposes,
        @NotEmpty(message = "{border.invalid.required}") @Size(max = 8, message = "{border.invalid.size}") @Nullable List<Long> checkpoints,
        @NotNull(message = "{border.invalid.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
        @NotNull(message = "{border.invalid.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil) {

    public static PassApplication blank() {
        return new PassApplication(null, null, null, null, null, null, List.of(), List.of(), null, null);
    }
}
