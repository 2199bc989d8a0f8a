package org.liaison.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.committees.internal.Texts;

/** A progress note, optionally moving the commitment on (to in progress or done). */
public record ProgressDraft(
        @NotBlank(message = "{committees.validation.required}")
        @Size(max = 4000, message = "{committees.validation.size}") @Nullable String note,
        @Nullable CommitmentStatus status) {

    public ProgressDraft {
        note = Texts.optional(note);
    }
}
