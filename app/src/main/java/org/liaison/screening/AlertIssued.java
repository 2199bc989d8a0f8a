package org.liaison.screening;

/** An alert was issued on this node (and sent to the partners chosen). */
public record AlertIssued(AlertId alert, String reference, org.liaison.directory.AgencyId issuingAgency) {
}
