package org.liaison.committees;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.CooperationArea;
import org.liaison.committees.internal.Texts;
import org.liaison.directory.AgencyId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a secretary submits to record a commitment or an action item. Owners are agency ids; in a form they
 * may be typed separated by commas. The agreement is required unless the item comes from a decision.
 */
public record CommitmentDraft(
        @NotBlank(message = "{committees.validation.required}")
        @Size(max = 2000, message = "{committees.validation.size}") @Nullable String text,
        @Size(max = 2000, message = "{committees.validation.size}") @Nullable String nativeText,
        @NotNull(message = "{committees.validation.required}") @Nullable CooperationArea area,
        @Pattern(regexp = AgreementId.PATTERN, message = "{committees.validation.agreement}") @Nullable String agreement,
        @NotEmpty(message = "{committees.validation.owners}") @Size(max = 8, message = "{committees.validation.size}")
        @Nullable List<@Pattern(regexp = AgencyId.PATTERN, message = "{committees.validation.agency}") String> owners,
        @Size(max = 2000, message = "{committees.validation.size}") @Nullable String indicators,
        @NotNull(message = "{committees.validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn) {

    public CommitmentDraft {
        text = Texts.optional(text);
        nativeText = Texts.optional(nativeText);
        agreement = Texts.optional(agreement);
        owners = owners == null ? null : Texts.list(owners);
        indicators = Texts.optional(indicators);
    }

    public static CommitmentDraft empty() {
        return new CommitmentDraft(null, null, null, null, List.of(), null, null);
    }

    public @Nullable AgreementId agreementId() {
        return agreement == null ? null : AgreementId.of(agreement);
    }

    public List<String> ownerList() {
        return owners == null ? List.of() : owners;
    }

    public String summary() {
        return "area=" + area + " due=" + dueOn + " owners=" + String.join(",", ownerList())
                + (agreement == null ? "" : " agreement=" + agreement);
    }
}
