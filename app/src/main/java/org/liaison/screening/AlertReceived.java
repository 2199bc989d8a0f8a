package org.liaison.screening;

/** A partner's alert (or an update of it) arrived and is screened against. */
public record AlertReceived(AlertId alert, String reference, org.liaison.directory.AgencyId issuingAgency) {
}
