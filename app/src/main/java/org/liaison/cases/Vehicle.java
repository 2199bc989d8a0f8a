package org.liaison.cases;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A vehicle linked to a case: its plate and registering country where known. */
public record Vehicle(UUID id, CaseId caseId, VehicleKind kind, @Nullable String plate, @Nullable String country,
                      @Nullable String description) {
}
