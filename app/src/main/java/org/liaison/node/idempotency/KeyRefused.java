package org.liaison.node.idempotency;

import java.net.URI;

import org.liaison.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Why a request's {@code Idempotency-Key} cannot be honoured; answered as problem+json before any change. */
final class KeyRefused extends DomainException {

    private final String title;

    private KeyRefused(HttpStatus status, String type, String title, String message) {
        super(status, type, message);
        this.title = title;
    }

    static KeyRefused invalid(String why) {
        return new KeyRefused(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", "Invalid Idempotency-Key", why);
    }

    /** The IETF draft's answer to a key reused with another request: 422. */
    static KeyRefused reused() {
        return new KeyRefused(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "Idempotency-Key reused with another request",
                "this Idempotency-Key was used for a request with another method, path or body; use a new key");
    }

    /** A stored answer gone between the wait and the read (only the purge of old keys does that): try again. */
    static KeyRefused inUse() {
        return new KeyRefused(HttpStatus.CONFLICT, "idempotency-key-in-use", "Idempotency-Key in use",
                "another request with this Idempotency-Key has just ended; send the request again");
    }

    ProblemDetail problem(String instance) {
        var problem = toProblem();
        problem.setTitle(title);
        problem.setInstance(URI.create(instance));
        return problem;
    }
}
