package org.liaison.prisoners;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The receiving state's answer to the step it was asked: accept with the sentence adaptation, refuse with reasons,
 * or ask for documents.
 *
 * @param daysToServe for a conversion, the term to serve at home (continued enforcement serves what is left)
 */
public record PartnerAnswer(
        @NotNull(message = "{prisoners.validation.required}") StepDecision decision,
        @Nullable @Size(max = 4000, message = "{prisoners.validation.size}") String note,
        Adaptation.@Nullable Kind adaptation,
        @Nullable @Min(value = 0, message = "{prisoners.validation.range}") @Max(value = 36_600, message = "{prisoners.validation.range}") Integer daysToServe) {
}
