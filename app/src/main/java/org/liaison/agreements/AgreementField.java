package org.liaison.agreements;

/** A particular of an agreement that can be marked as assumed, not stated by any source (see the demo). */
public enum AgreementField {
    /** The whole record: no source reports the instrument at all. */
    RECORD,
    KIND,
    SIGNED_ON,
    VALIDITY,
    CLAUSES,
    LIFECYCLE
}
