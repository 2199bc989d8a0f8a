package org.liaison.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.committees.internal.Texts;

/** The text of a decision, in English and optionally as the minutes word it in the original language. */
public record DecisionDraft(
        @NotBlank(message = "{committees.validation.required}")
        @Size(max = 2000, message = "{committees.validation.size}") @Nullable String text,
        @Size(max = 2000, message = "{committees.validation.size}") @Nullable String nativeText) {

    public DecisionDraft {
        text = Texts.optional(text);
        nativeText = Texts.optional(nativeText);
    }
}
