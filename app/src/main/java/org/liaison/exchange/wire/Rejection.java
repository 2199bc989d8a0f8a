package org.liaison.exchange.wire;

import org.springframework.http.HttpStatus;

/**
 * Why a receiver refused a delivery. {@code permanent} reasons will not change on retry, so the sender
 * stops (REJECTED); the others are retried. RATE_LIMITED and OVERLOADED say the receiver did not look at
 * the delivery at all ({@link #deferred()}).
 */
public enum Rejection {
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, true),
    MALFORMED(HttpStatus.BAD_REQUEST, true),
    UNSUPPORTED_VERSION(HttpStatus.BAD_REQUEST, true),
    SCHEMA_VIOLATION(HttpStatus.UNPROCESSABLE_CONTENT, true),
    UNKNOWN_SENDER(HttpStatus.FORBIDDEN, true),
    UNKNOWN_KEY(HttpStatus.UNAUTHORIZED, false),
    REVOKED_KEY(HttpStatus.UNAUTHORIZED, true),
    BAD_SIGNATURE(HttpStatus.UNAUTHORIZED, true),
    WRONG_RECIPIENT(HttpStatus.UNPROCESSABLE_CONTENT, true),
    STALE(HttpStatus.UNPROCESSABLE_CONTENT, true),
    FROM_THE_FUTURE(HttpStatus.UNPROCESSABLE_CONTENT, false),
    ATTACHMENT_MISMATCH(HttpStatus.UNPROCESSABLE_CONTENT, true),
    REPLAY(HttpStatus.CONFLICT, true),
    DUPLICATE_ID(HttpStatus.CONFLICT, true),
    POLICY_DENIED(HttpStatus.FORBIDDEN, true),
    BAD_RECEIPT(HttpStatus.BAD_GATEWAY, false),
    UNREACHABLE(HttpStatus.SERVICE_UNAVAILABLE, false),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, false),
    OVERLOADED(HttpStatus.SERVICE_UNAVAILABLE, false);

    private final HttpStatus status;
    private final boolean permanent;

    Rejection(HttpStatus status, boolean permanent) {
        this.status = status;
        this.permanent = permanent;
    }

    HttpStatus status() {
        return status;
    }

    public boolean permanent() {
        return permanent;
    }

    /**
     * Load shedding, not a judgement of the delivery: the sender tries again after the receiver's
     * {@code Retry-After} without counting an attempt, and the receiver only counts these refusals.
     */
    public boolean deferred() {
        return this == RATE_LIMITED || this == OVERLOADED;
    }

    /** The problem type a receiver answers with, e.g. {@code exchange/bad-signature}. */
    public String problemType() {
        return "exchange/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
