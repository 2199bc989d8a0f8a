package org.liaison.screening;

/** The issuing agency withdrew one of this node's alerts. */
public record AlertWithdrawn(AlertId alert, String reference, org.liaison.directory.AgencyId issuingAgency) {
}
