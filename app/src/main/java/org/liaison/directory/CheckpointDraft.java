package org.liaison.directory;

import java.time.LocalTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.Scripts;
import org.liaison.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;

/** What an administrator submits to create or update a border checkpoint; text is trimmed, blanks become null. */
public record CheckpointDraft(
        @NotBlank(message = "{directory.validation.required}")
        @Pattern(regexp = "[A-Z]{2}", message = "{directory.validation.country}") @Nullable String countryA,
        @NotBlank(message = "{directory.validation.required}")
        @Size(max = 120, message = "{directory.validation.size}") @Nullable String nameA,
        @Size(max = 120, message = "{directory.validation.size}") @Nullable String nativeNameA,
        @Size(max = 120, message = "{directory.validation.size}") @Nullable String provinceA,
        @NotBlank(message = "{directory.validation.required}")
        @Pattern(regexp = "[A-Z]{2}", message = "{directory.validation.country}") @Nullable String countryB,
        @NotBlank(message = "{directory.validation.required}")
        @Size(max = 120, message = "{directory.validation.size}") @Nullable String nameB,
        @Size(max = 120, message = "{directory.validation.size}") @Nullable String nativeNameB,
        @Size(max = 120, message = "{directory.validation.size}") @Nullable String provinceB,
        @NotNull(message = "{directory.validation.required}")
        @DecimalMin(value = "-90", message = "{directory.validation.latitude}")
        @DecimalMax(value = "90", message = "{directory.validation.latitude}") @Nullable Double latitude,
        @NotNull(message = "{directory.validation.required}")
        @DecimalMin(value = "-180", message = "{directory.validation.longitude}")
        @DecimalMax(value = "180", message = "{directory.validation.longitude}") @Nullable Double longitude,
        @NotNull(message = "{directory.validation.required}") @Nullable CheckpointType type,
        @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime opensAt,
        @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime closesAt,
        @NotNull(message = "{directory.validation.required}") @Nullable CheckpointStatus status,
        @Size(max = 300, message = "{directory.validation.size}") @Nullable String note) {

    public CheckpointDraft {
        countryA = Scripts.required(countryA);
        countryB = Scripts.required(countryB);
        nameA = Scripts.required(nameA);
        nameB = Scripts.required(nameB);
        nativeNameA = Scripts.optional(nativeNameA);
        nativeNameB = Scripts.optional(nativeNameB);
        provinceA = Scripts.optional(provinceA);
        provinceB = Scripts.optional(provinceB);
        note = Scripts.optional(note);
    }

    /** The draft of an existing checkpoint, to prefill the edit form. */
    public static CheckpointDraft of(Checkpoint c) {
        return new CheckpointDraft(c.a().country(), c.a().name(), c.a().nativeName(), c.a().province(),
                c.b().country(), c.b().name(), c.b().nativeName(), c.b().province(), c.latitude(), c.longitude(),
                c.type(), c.opensAt(), c.closesAt(), c.status(), c.note());
    }

    /** The same crossing with the country that sorts first as side a, as the directory stores pairs. */
    CheckpointDraft canonical() {
        if (String.valueOf(countryA).equals(countryB)) {
            throw new InvalidInput("directory.refusal.checkpointCountries", "a checkpoint lies between two different countries");
        }
        if (String.valueOf(countryA).compareTo(String.valueOf(countryB)) <= 0) {
            return this;
        }
        return new CheckpointDraft(countryB, nameB, nativeNameB, provinceB, countryA, nameA, nativeNameA, provinceA,
                latitude, longitude, type, opensAt, closesAt, status, note);
    }

    String summary() {
        return countryA + " " + nameA + " – " + countryB + " " + nameB + " type=" + type + " status=" + status;
    }
}
