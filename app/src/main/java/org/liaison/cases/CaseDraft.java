package org.liaison.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an officer submits to open or revise a case (form and API). Assigned officers are user names; in a form
 * they may be typed separated by commas. The reported day defaults to the day it happened.
 */
public record CaseDraft(
        @NotNull(message = "{cases.validation.required}") @Nullable CaseType type,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 200, message = "{cases.validation.size}") @Nullable String title,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 8000, message = "{cases.validation.size}") @Nullable String summary,
        @NotBlank(message = "{cases.validation.required}") @Pattern(regexp = AgencyId.PATTERN, message = "{cases.validation.agency}") @Nullable String leadAgency,
        @Size(max = 10, message = "{cases.validation.size}") @Nullable List<@Pattern(regexp = OFFICER, message = "{cases.validation.officer}") String> officers,
        @Size(max = 100, message = "{cases.validation.size}") @Nullable String province,
        @Size(max = 100, message = "{cases.validation.size}") @Nullable String district,
        @Positive(message = "{cases.validation.checkpoint}") @Nullable Long checkpoint,
        @DecimalMin(value = "-90", message = "{cases.validation.latitude}") @DecimalMax(value = "90", message = "{cases.validation.latitude}") @Nullable Double latitude,
        @DecimalMin(value = "-180", message = "{cases.validation.longitude}") @DecimalMax(value = "180", message = "{cases.validation.longitude}") @Nullable Double longitude,
        @Nullable Boolean unguarded,
        @NotNull(message = "{cases.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reportedOn) {

    /** A user name as identity keeps it. */
    public static final String OFFICER = "[a-z0-9][a-z0-9._-]{1,39}";

    public CaseDraft {
        title = Texts.optional(title);
        summary = Texts.optional(summary);
        leadAgency = Texts.optional(leadAgency);
        officers = officers == null ? null : Texts.list(officers);
        province = Texts.optional(province);
        district = Texts.optional(district);
    }

    public static CaseDraft empty(@Nullable String leadAgency) {
        return new CaseDraft(null, null, null, leadAgency, List.of(), null, null, null, null, null, false, null, null);
    }

    /** The draft as the case's details; call after validation. */
    public CaseDetails details() {
        var occurred = Objects.requireNonNull(occurredOn);
        return new CaseDetails(Objects.requireNonNull(type), Objects.requireNonNull(title), Objects.requireNonNull(summary),
                AgencyId.of(Objects.requireNonNull(leadAgency)), officers == null ? List.of() : officers,
                new Place(province, district, checkpoint, latitude, longitude, Boolean.TRUE.equals(unguarded)),
                occurred, reportedOn == null ? occurred : reportedOn);
    }

    /** The details of a case as a draft, to fill the edit form. */
    public static CaseDraft of(CaseDetails d) {
        var p = d.place();
        return new CaseDraft(d.type(), d.title(), d.summary(), d.leadAgency().value(), d.officers(), p.province(),
                p.district(), p.checkpoint(), p.latitude(), p.longitude(), p.unguarded(), d.occurredOn(), d.reportedOn());
    }
}
