package org.liaison.border;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.documents.Mrz;
import org.liaison.documents.MrzDocument;
import org.liaison.documents.Sex;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A crossing as an officer or a machine gives it; an MRZ fills the holder's fields left blank (what was typed
 * wins). {@code crossedAt} is the local time at the node (null: now).
 */
public record CrossingDraft(
        @Nullable Long checkpoint,
        @Nullable Direction direction,
        @Nullable Purpose purpose,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime crossedAt,
        @Size(max = 100, message = "{border.invalid.size}") @Nullable String surname,
        @Size(max = 100, message = "{border.invalid.size}") @Nullable String givenNames,
        @Size(max = 200, message = "{border.invalid.size}") @Nullable String nameInScript,
        @Pattern(regexp = "[A-Z]{1,3}", message = "{border.invalid.code}") @Nullable String nationality,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dateOfBirth,
        @Nullable Sex sex,
        @Size(max = 40, message = "{border.invalid.size}") @Nullable String documentNumber,
        @Pattern(regexp = "[A-Z]{1,3}", message = "{border.invalid.code}") @Nullable String documentIssuer,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate documentExpiry,
        @Size(max = 20, message = "{border.invalid.size}") @Nullable String plate,
        @Size(max = 500, message = "{border.invalid.size}") @Nullable String goods,
        @Size(max = Mrz.MAX_LENGTH, message = "{border.invalid.size}") @Nullable String mrz) {

    public static CrossingDraft blank() {
        return new CrossingDraft(null, Direction.ENTRY, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** The draft with the holder's blanks filled from a read zone. */
    public CrossingDraft filledFrom(MrzDocument zone) {
        return new CrossingDraft(checkpoint, direction, purpose, crossedAt, or(surname, zone.surname()),
                or(givenNames, zone.givenNames()), nameInScript, or(nationality, zone.nationality().code()),
                dateOfBirth != null ? dateOfBirth : zone.dateOfBirth(), sex != null ? sex : zone.sex(),
                or(documentNumber, zone.documentNumber()), or(documentIssuer, zone.issuingState().code()),
                documentExpiry != null ? documentExpiry : zone.expiry(), plate, goods, mrz);
    }

    private static @Nullable String or(@Nullable String typed, String read) {
        return typed != null && !typed.isBlank() ? typed.strip() : read.isEmpty() ? null : read;
    }
}
