package org.liaison.prisoners;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the sending state's prison officer proposes for the hand-over.
 *
 * @param checkpoint the directory's id of a checkpoint on the border between the two states
 */
public record HandoverDraft(
        @NotNull(message = "{prisoners.validation.required}") @Nullable Long checkpoint,
        @NotNull(message = "{prisoners.validation.required}") @Nullable Instant at,
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 2000, message = "{prisoners.validation.size}") @Nullable String escorts) {
}
