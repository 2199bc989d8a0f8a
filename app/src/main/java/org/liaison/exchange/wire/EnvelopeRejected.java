package org.liaison.exchange;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.DomainException;

/** A delivery this node refuses, with the reason the sender sees in the problem response. */
class EnvelopeRejected extends DomainException {

    private final Rejection reason;
    private final @Nullable Duration retryAfter;

    EnvelopeRejected(Rejection reason, String detail) {
        this(reason, detail, null);
    }

    /** A refusal the sender should retry no sooner than {@code retryAfter} (sent as {@code Retry-After}). */
    EnvelopeRejected(Rejection reason, String detail, @Nullable Duration retryAfter) {
        super(reason.status(), reason.problemType(), detail);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    Rejection reason() {
        return reason;
    }

    @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
