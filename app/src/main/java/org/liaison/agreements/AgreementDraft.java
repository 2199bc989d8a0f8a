package org.liaison.agreements;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInput;

/**
 * What an officer registers or edits about an agreement. The validity is either a period (from–until,
 * either end open) or the calendar year an annual instrument covers.
 */
public record AgreementDraft(@NotNull(message = "{agreements.error.id}") @Nullable AgreementId id,
                             @NotNull AgreementKind kind,
                             @NotBlank @Size(min = 3, max = 300) String title,
                             @Size(max = 300) @Nullable String nativeTitle,
                             boolean restricted,
                             @NotNull @Size(min = 2, max = 10) List<Party> parties,
                             @Nullable LocalDate signedOn,
                             @Size(max = 120) @Nullable String signedPlace,
                             @Nullable MeetingForm meetingForm,
                             @Nullable LocalDate validFrom,
                             @Nullable LocalDate validUntil,
                             @Min(1950) @Max(2100) @Nullable Integer coversYear,
                             @NotBlank @Size(max = 40) String timeZone,
                             @Nullable Set<CooperationArea> areas,
                             @Size(max = 4000) @Nullable String summary) {

    public AgreementDraft {
        title = title == null ? "" : title.strip();
        parties = parties == null ? List.of() : List.copyOf(parties);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        timeZone = timeZone == null || timeZone.isBlank() ? "Asia/Phnom_Penh" : timeZone.strip();
    }

    /** The reference, once validation has made sure there is one. */
    public AgreementId reference() {
        if (id == null) {
            throw new InvalidInput("agreements.error.id", "An agreement needs a reference such as KH-LA-SEC-2022.");
        }
        return id;
    }

    @AssertTrue(message = "{agreements.error.period}")
    public boolean isPeriodOrdered() {
        return periodOrdered(validFrom, validUntil);
    }

    @AssertTrue(message = "{agreements.error.year-or-period}")
    public boolean isYearOrPeriod() {
        return yearOrPeriod(coversYear, validFrom, validUntil);
    }

    @AssertTrue(message = "{agreements.error.parties}")
    public boolean isPartiesDistinct() {
        return new HashSet<>(parties).size() == parties.size();
    }

    @AssertTrue(message = "{agreements.error.zone}")
    public boolean isTimeZoneKnown() {
        return zoneKnown(timeZone);
    }

    public static boolean periodOrdered(@Nullable LocalDate from, @Nullable LocalDate until) {
        return from == null || until == null || !until.isBefore(from);
    }

    public static boolean yearOrPeriod(@Nullable Integer year, @Nullable LocalDate from, @Nullable LocalDate until) {
        return year == null || (from == null && until == null);
    }

    public static boolean zoneKnown(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The period it applies, a covered year meaning 1 January to 31 December of that year. */
    Validity validity() {
        var zone = ZoneId.of(timeZone);
        if (coversYear != null) {
            return new Validity(LocalDate.of(coversYear, 1, 1), LocalDate.of(coversYear, 12, 31), zone);
        }
        return new Validity(validFrom, validUntil, zone);
    }
}
