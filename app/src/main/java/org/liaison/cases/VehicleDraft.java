package org.liaison.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A vehicle to link; the plate is kept in capitals without surrounding spaces, so the same plate matches. */
public record VehicleDraft(
        @NotNull(message = "{cases.validation.required}") @Nullable VehicleKind kind,
        @Size(max = 20, message = "{cases.validation.size}") @Nullable String plate,
        @Pattern(regexp = "[A-Z]{2}", message = "{cases.validation.country}") @Nullable String country,
        @Size(max = 300, message = "{cases.validation.size}") @Nullable String description) {

    public VehicleDraft {
        plate = Texts.optional(plate) == null ? null : plate.strip().toUpperCase(java.util.Locale.ROOT);
        country = Texts.optional(country);
        description = Texts.optional(description);
    }

    public static VehicleDraft empty() {
        return new VehicleDraft(null, null, null, null);
    }
}
