package org.liaison.prisoners;

/** Where a transfer case stands along its approval chain. */
public enum TransferStatus {
    IN_PROGRESS, DOCUMENTS_REQUESTED, APPROVED, REFUSED,
    /** The prisoner withdrew consent before the transfer took place. */
    WITHDRAWN;

    public boolean closed() {
        return this == APPROVED || this == REFUSED || this == WITHDRAWN;
    }
}
