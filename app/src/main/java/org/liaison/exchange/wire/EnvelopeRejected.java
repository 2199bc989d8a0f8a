package org.liaison.exchange.wire;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.DomainException;

/** A delivery this node refuses, with the reason the sender sees in the problem response. */
public class EnvelopeRejected extends DomainException {

    private final Rejection reason;
    private final @Nullable Duration retryAfter;

    public EnvelopeRejected(Rejection reason, String detail) {
        this(reason, detail, null);
    }

    /** A refusal the sender should retry no sooner than {@code retryAfter} (sent as {@code Retry-After}). */
    public EnvelopeRejected(Rejection reason, String detail, @Nullable Duration retryAfter) {
        super(reason.status(), reason.problemType(), detail);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Rejection reason() {
        return reason;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
