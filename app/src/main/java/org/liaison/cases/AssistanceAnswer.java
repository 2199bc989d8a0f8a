package org.liaison.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The requested office's answer: executed, in part, or refused, and what was done or why not. */
public record AssistanceAnswer(
        @NotNull(message = "{cases.validation.required}") @Nullable AssistanceStatus outcome,
        @NotBlank(message = "{cases.validation.required}") @Size(max = 4000, message = "{cases.validation.size}") @Nullable String text) {

    public AssistanceAnswer {
        text = Texts.optional(text);
    }

    /** An answer executes the request, in full or in part, or refuses it; "pending" is no answer. */
    public void requireAnswer() {
        if (outcome == AssistanceStatus.PENDING) {
            throw new org.liaison.shared.InvalidInput("cases.assistance.error.pendingAnswer",
                    "an answer executes the request, in full or in part, or refuses it");
        }
    }

    public static AssistanceAnswer empty() {
        return new AssistanceAnswer(null, null);
    }
}
