package org.liaison.node;

/**
 * A compact JWS that is malformed or whose signature does not verify. Callers translate it into their own
 * refusal (the exchange into a rejected envelope, the audit verifier into a bad checkpoint).
 */
public final class InvalidJws extends IllegalArgumentException {

    /** Why the JWS was refused. */
    public enum Reason { MALFORMED, BAD_SIGNATURE }

    private final Reason reason;

    public InvalidJws(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
