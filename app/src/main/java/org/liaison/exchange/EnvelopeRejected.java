package org.liaison.exchange;

import org.liaison.shared.DomainException;

/** A delivery this node refuses, with the reason the sender sees in the problem response. */
class EnvelopeRejected extends DomainException {

    private final Rejection reason;

    EnvelopeRejected(Rejection reason, String detail) {
        super(reason.status(), reason.problemType(), detail);
        this.reason = reason;
    }

    Rejection reason() {
        return reason;
    }
}
