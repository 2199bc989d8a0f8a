package org.liaison.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a prosecutor submits to ask a partner's prosecutors' office for assistance (form and API): from which of
 * their offices, to which, what, on which legal basis (an agreement of the registry and its article), about which
 * case, by when, and which investigating officers may follow it.
 */
public record AssistanceDraft(
        @NotBlank(message = "{cases.validation.required}") @Pattern(regexp = AgencyId.PATTERN, message = "{cases.validation.agency}") @Nullable String office,
        @NotBlank(message = "{cases.validation.required}") @Pattern(regexp = AgencyId.PATTERN, message = "{cases.validation.agency}") @Nullable String partner,
        @NotNull(message = "{cases.validation.required}") @Nullable AssistanceKind kind,
        @NotBlank(message = "{cases.validation.required}") @Pattern(regexp = AgreementId.PATTERN, message = "{cases.validation.agreement}") @Nullable String agreement,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 40, message = "{cases.validation.size}") @Nullable String article,
        @Nullable UUID caseId,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 200, message = "{cases.validation.size}") @Nullable String subject,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 4000, message = "{cases.validation.size}") @Nullable String description,
        @NotNull(message = "{cases.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
        @Size(max = 10, message = "{cases.validation.size}") @Nullable List<@Pattern(regexp = CaseDraft.OFFICER, message = "{cases.validation.officer}") String> investigators) {

    /** The longest a request may give the partner: a year. */
    public static final int LONGEST_DAYS = 366;

    public AssistanceDraft {
        office = Texts.optional(office);
        partner = Texts.optional(partner);
        agreement = Texts.optional(agreement);
        article = Texts.optional(article);
        subject = Texts.optional(subject);
        description = Texts.optional(description);
        investigators = investigators == null ? List.of() : Texts.list(investigators);
    }

    public static AssistanceDraft empty(@Nullable String office) {
        return new AssistanceDraft(office, null, null, null, null, null, null, null, null, List.of());
    }

    /** The deadline lies after today and within a year of it; the partner is another country's office. */
    public void requireConsistent(LocalDate today) {
        var by = java.util.Objects.requireNonNull(deadline);
        if (!by.isAfter(today)) {
            throw new org.liaison.shared.InvalidInput("cases.assistance.error.deadlinePast",
                    "the deadline must lie after today (" + today + ")", today);
        }
        if (by.isAfter(today.plusDays(LONGEST_DAYS))) {
            throw new org.liaison.shared.InvalidInput("cases.assistance.error.deadlineFar",
                    "the deadline must lie within a year", LONGEST_DAYS);
        }
        if (officeId().country().equals(partnerId().country())) {
            throw new org.liaison.shared.InvalidInput("cases.assistance.error.sameCountry",
                    "mutual legal assistance is asked of another country's office");
        }
    }

    public AgencyId officeId() {
        return AgencyId.of(java.util.Objects.requireNonNull(office));
    }

    public AgencyId partnerId() {
        return AgencyId.of(java.util.Objects.requireNonNull(partner));
    }
}
