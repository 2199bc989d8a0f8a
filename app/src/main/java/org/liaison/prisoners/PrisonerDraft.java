package org.liaison.prisoners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/**
 * What a prison officer records about a foreign prisoner (form and API). The sentence's length and remission
 * are years, months and days; remand is a count of days. Blank numbers count as zero.
 */
public record PrisonerDraft(
        @NotBlank(message = "{prisoners.validation.required}") @Pattern(regexp = AgencyId.PATTERN, message = "{prisoners.validation.agency}") @Nullable String administration,
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 200, message = "{prisoners.validation.size}") @Nullable String facility,
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 200, message = "{prisoners.validation.size}") @Nullable String name,
        @Size(max = 200, message = "{prisoners.validation.size}") @Nullable String nativeName,
        @Pattern(regexp = "km|lo|vi|th|en", message = "{prisoners.validation.language}") @Nullable String nativeLanguage,
        @NotBlank(message = "{prisoners.validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{prisoners.validation.country}") @Nullable String nationality,
        @NotNull(message = "{prisoners.validation.required}") @Nullable Sex sex,
        @NotNull(message = "{prisoners.validation.required}") @Past(message = "{prisoners.validation.past}") @Nullable LocalDate bornOn,
        @Size(max = 5, message = "{prisoners.validation.size}") @Nullable List<@Valid IdentityDocument> documents,
        @NotEmpty(message = "{prisoners.validation.offences}") @Size(max = 10, message = "{prisoners.validation.size}") @Nullable List<@Valid Offence> offences,
        @NotNull(message = "{prisoners.validation.required}") @Nullable LocalDate sentenceStartedOn,
        @Min(value = 0, message = "{prisoners.validation.range}") @Max(value = 99, message = "{prisoners.validation.range}") @Nullable Integer lengthYears,
        @Min(value = 0, message = "{prisoners.validation.range}") @Max(value = 1200, message = "{prisoners.validation.range}") @Nullable Integer lengthMonths,
        @Min(value = 0, message = "{prisoners.validation.range}") @Max(value = 36600, message = "{prisoners.validation.range}") @Nullable Integer lengthDays,
        @Min(value = 0, message = "{prisoners.validation.range}") @Max(value = 99, message = "{prisoners.validation.range}") @Nullable Integer remissionYears,
        @Min(value = 0, message = "{prisoners.validation.range}") @Max(value = 1200, message = "{prisoners.validation.range}") @Nullable Integer remissionMonths,
        @Min(value = 0, message = "{prisoners.validation.range}") @Max(value = 36600, message = "{prisoners.validation.range}") @Nullable Integer remissionDays,
        @Min(value = 0, message = "{prisoners.validation.range}") @Max(value = 36600, message = "{prisoners.validation.range}") @Nullable Integer remandDays,
        @DecimalMin(value = "0", message = "{prisoners.validation.range}") @Nullable BigDecimal fine,
        @Pattern(regexp = "[A-Z]{3}", message = "{prisoners.validation.currency}") @Nullable String fineCurrency,
        boolean finalJudgment,
        boolean pendingProceedings,
        @NotNull(message = "{prisoners.validation.required}") @Nullable Consent consent,
        boolean humanitarian,
        @Size(max = 2000, message = "{prisoners.validation.size}") @Nullable String humanitarianGrounds,
        @Size(max = 500, message = "{prisoners.validation.size}") @Nullable String familyContact,
        @Size(max = 2000, message = "{prisoners.validation.size}") @Nullable String health,
        @Size(max = 2000, message = "{prisoners.validation.size}") @Nullable String specialNeeds) {

    public PrisonerDraft {
        administration = blankToNull(administration);
        facility = blankToNull(facility);
        name = blankToNull(name);
        nativeName = blankToNull(nativeName);
        nativeLanguage = blankToNull(nativeLanguage);
        nationality = blankToNull(nationality);
        fineCurrency = blankToNull(fineCurrency);
        humanitarianGrounds = blankToNull(humanitarianGrounds);
        familyContact = blankToNull(familyContact);
        health = blankToNull(health);
        specialNeeds = blankToNull(specialNeeds);
        documents = documents == null ? List.of() : List.copyOf(documents);
        offences = offences == null ? null : List.copyOf(offences);
    }

    /** The sentence these fields describe; refused as invalid input when it makes no sense (zero length…). */
    public Sentence sentence() {
        var length = Period.of(zero(lengthYears), zero(lengthMonths), zero(lengthDays));
        var remission = Period.of(zero(remissionYears), zero(remissionMonths), zero(remissionDays));
        return new Sentence(java.util.Objects.requireNonNull(sentenceStartedOn), length, remission, zero(remandDays),
                fine == null || fine.signum() == 0 ? null : fine, fine == null || fine.signum() == 0 ? null : fineCurrency);
    }

    public List<IdentityDocument> documentList() {
        return documents == null ? List.of() : documents;
    }

    public List<Offence> offenceList() {
        return offences == null ? List.of() : offences;
    }

    /** What the audit trail records: no health data, no name. */
    public String summary() {
        return "administration=" + administration + " nationality=" + nationality + " offences=" + offenceList().size();
    }

    private static int zero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
