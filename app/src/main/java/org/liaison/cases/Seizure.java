package org.liaison.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What was seized in a case: an item of the controlled list, how much, its estimated value, and its lot. */
public record Seizure(UUID id, CaseId caseId, SeizedItem item, @Nullable Species species, BigDecimal quantity,
                      Unit unit, @Nullable BigDecimal estimatedValue, @Nullable String currency, LocalDate seizedOn,
                      @Nullable String lot) {
}
