package org.liaison.cases;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;

/** To whom, for what, and which parts of the case an officer means to share. */
public record ShareDraft(
        @NotBlank(message = "{cases.validation.required}") @Pattern(regexp = AgencyId.PATTERN, message = "{cases.validation.agency}") @Nullable String recipient,
        @NotNull(message = "{cases.validation.required}") @Nullable Purpose purpose,
        @Nullable Set<SharePart> parts) {

    public ShareDraft {
        recipient = Texts.optional(recipient);
        parts = parts == null ? Set.of() : Set.copyOf(parts);
    }

    public static ShareDraft empty() {
        return new ShareDraft(null, null, Set.of(SharePart.SUMMARY, SharePart.PLACE, SharePart.SEIZURES));
    }

    public AgencyId recipientId() {
        return AgencyId.of(java.util.Objects.requireNonNull(recipient));
    }
}
