package org.liaison.prisoners;

/** Where the prisoner stands on a transfer home. */
public enum Consent {
    NOT_ASKED, GIVEN, VOLUNTEERED, REFUSED, WITHDRAWN;

    /** The prisoner agreed, or asked to go themselves. */
    public boolean agrees() {
        return this == GIVEN || this == VOLUNTEERED;
    }
}
