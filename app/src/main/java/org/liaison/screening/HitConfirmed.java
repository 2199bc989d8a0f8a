package org.liaison.screening;

/** An officer confirmed that a screened traveller is an alert's subject. */
public record HitConfirmed(HitId hit, AlertId alert, org.liaison.directory.AgencyId issuingAgency) {
}
