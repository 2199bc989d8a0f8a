package org.liaison.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Party;
import org.liaison.committees.internal.Texts;

/**
 * A co-chair or delegation member of a meeting: the side they came for (a state or agency), their name in
 * romanization and in their own script, and their title. {@code coChair} left out means a delegation member.
 */
public record Participant(
        @NotBlank(message = "{committees.validation.required}")
        @Pattern(regexp = Party.PATTERN, message = "{committees.validation.party}") @Nullable String side,
        @NotBlank(message = "{committees.validation.required}")
        @Size(max = 120, message = "{committees.validation.size}") @Nullable String name,
        @Size(max = 120, message = "{committees.validation.size}") @Nullable String nativeName,
        @Size(max = 200, message = "{committees.validation.size}") @Nullable String title,
        @Nullable Boolean coChair) {

    public Participant {
        side = Texts.optional(side);
        name = Texts.optional(name);
        nativeName = Texts.optional(nativeName);
        title = Texts.optional(title);
        coChair = Boolean.TRUE.equals(coChair);
    }

    /** BCP 47 tag of the own-script name, from the side's country; Vietnamese is written in Latin letters. */
    public String nativeLanguage() {
        return Texts.languageOf(side == null ? "" : side);
    }
}
