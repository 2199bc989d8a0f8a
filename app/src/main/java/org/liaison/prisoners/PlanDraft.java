package org.liaison.prisoners;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;

/** What a prison officer submits to plan a batch of repatriations. */
public record PlanDraft(
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 200, message = "{prisoners.validation.size}") @Nullable String title,
        @NotBlank(message = "{prisoners.validation.required}") @Pattern(regexp = AgencyId.PATTERN, message = "{prisoners.validation.agency}") @Nullable String administration,
        @NotBlank(message = "{prisoners.validation.required}") @Pattern(regexp = AgreementId.PATTERN, message = "{prisoners.validation.agreement}") @Nullable String agreement,
        @NotBlank(message = "{prisoners.validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{prisoners.validation.country}") @Nullable String receivingCountry,
        @NotNull(message = "{prisoners.validation.required}") @Nullable LocalDate deadline,
        @Size(max = 4000, message = "{prisoners.validation.size}") @Nullable String assumptions,
        @Size(max = 2000, message = "{prisoners.validation.size}") @Nullable List<PrisonerId> prisoners) {

    public PlanDraft {
        prisoners = prisoners == null ? List.of() : List.copyOf(prisoners);
    }

    public List<PrisonerId> prisonerList() {
        return prisoners == null ? List.of() : prisoners;
    }
}
