package org.liaison.prisoners;

/** Where the receiving state's agency stands on a step another node asked it to decide. */
public enum PartnerState {
    WAITING, ACCEPTED, REFUSED, DOCUMENTS_REQUESTED, WITHDRAWN;

    public boolean closed() {
        return this == REFUSED || this == WITHDRAWN;
    }
}
