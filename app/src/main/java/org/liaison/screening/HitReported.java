package org.liaison.screening;

/** A partner reported a confirmed hit on one of this node's alerts. */
public record HitReported(AlertId alert, String reference, org.liaison.directory.AgencyId reportingAgency) {
}
