package org.liaison.exchange;

import org.springframework.http.HttpStatus;

/**
 * Why a receiver refused a delivery. {@code permanent} reasons will not change on retry, so the sender
 * stops (REJECTED); the others are retried.
 */
enum Rejection {
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
    POLICY_DENIED(HttpStatus.FORBIDDEN, true),
    BAD_RECEIPT(HttpStatus.BAD_GATEWAY, false),
    UNREACHABLE(HttpStatus.SERVICE_UNAVAILABLE, false);

    private final HttpStatus status;
    private final boolean permanent;

    Rejection(HttpStatus status, boolean permanent) {
        this.status = status;
        this.permanent = permanent;
    }

    HttpStatus status() {
        return status;
    }

    boolean permanent() {
        return permanent;
    }

    /** The problem type a receiver answers with, e.g. {@code exchange/bad-signature}. */
    String problemType() {
        return "exchange/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
