package org.liaison.agreements;

import java.time.Instant;

import org.liaison.directory.AgencyId;

/** May {@code sender} share data of {@code category} with {@code recipient} for {@code purpose} at {@code at}? */
public record PolicyQuery(AgencyId sender, AgencyId recipient, DataCategory category, Purpose purpose, Instant at) {
}
