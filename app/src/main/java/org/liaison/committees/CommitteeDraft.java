package org.liaison.committees;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.Party;
import org.liaison.committees.internal.Texts;

/**
 * What a secretary submits to set up a committee. Parties and agreements are lists; in a form they may be
 * typed separated by commas ({@code KH/MOI, LA/MPS}).
 */
public record CommitteeDraft(
        @NotNull(message = "{committees.validation.required}") @Nullable CommitteeKind kind,
        @NotBlank(message = "{committees.validation.required}")
        @Size(max = 200, message = "{committees.validation.size}") @Nullable String name,
        @Size(max = 200, message = "{committees.validation.size}") @Nullable String nativeName,
        @Size(max = 200, message = "{committees.validation.size}") @Nullable String nativeNameLatin,
        @Pattern(regexp = "km|lo|vi|th", message = "{committees.validation.language}") @Nullable String nativeLanguage,
        @NotNull(message = "{committees.validation.parties}") @Size(min = 2, max = 8, message = "{committees.validation.parties}")
        @Nullable List<@Pattern(regexp = Party.PATTERN, message = "{committees.validation.party}") String> parties,
        @Size(max = 20, message = "{committees.validation.size}")
        @Nullable List<@Pattern(regexp = AgreementId.PATTERN, message = "{committees.validation.agreement}") String> agreements) {

    public CommitteeDraft {
        name = Texts.optional(name);
        nativeName = Texts.optional(nativeName);
        nativeNameLatin = Texts.optional(nativeNameLatin);
        nativeLanguage = Texts.optional(nativeLanguage);
        parties = parties == null ? null : Texts.list(parties);
        agreements = Texts.list(agreements);
    }

    public static CommitteeDraft empty() {
        return new CommitteeDraft(null, null, null, null, null, List.of(), List.of());
    }

    public List<String> partyList() {
        return parties == null ? List.of() : parties;
    }

    public List<String> agreementList() {
        return agreements == null ? List.of() : agreements;
    }

    public String summary() {
        return "kind=" + kind + " name=" + name + " parties=" + String.join(",", partyList())
                + " agreements=" + String.join(",", agreementList());
    }
}
