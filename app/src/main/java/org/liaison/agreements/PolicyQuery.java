package org.liaison.agreements;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.liaison.directory.AgencyId;

/** May {@code sender} share data of {@code category} with {@code recipient} for {@code purpose} at {@code at}? */
public record PolicyQuery(@NotNull AgencyId sender, @NotNull AgencyId recipient, @NotNull DataCategory category,
                          @NotNull Purpose purpose, @NotNull Instant at) {
}
