package org.liaison.prisoners;

/** Where a transfer case stands along its approval chain. */
public enum TransferStatus {
    IN_PROGRESS, DOCUMENTS_REQUESTED, APPROVED, REFUSED,
    /** The prisoner withdrew consent before the transfer took place. */
    WITHDRAWN,
    /** Handed over at the border, confirmed by both sides. */
    TRANSFERRED;

    public boolean closed() {
        return this == APPROVED || this == REFUSED || this == WITHDRAWN || this == TRANSFERRED;
    }
}
