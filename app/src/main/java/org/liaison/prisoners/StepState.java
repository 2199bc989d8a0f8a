package org.liaison.prisoners;

/** Where one step of an approval chain stands. */
public enum StepState {
    /** Not reached yet, or reached and waiting for the agency's decision. */
    WAITING,
    APPROVED,
    REFUSED,
    /** The agency asked for documents before it decides. */
    DOCUMENTS_REQUESTED
}
