package org.liaison.shared;


import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Root of the domain's exceptions. Each subclass knows its HTTP status and problem type,
 * so errors are mapped to RFC 9457 problem+json in exactly one place.
 */
public abstract class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String type;

    protected DomainException(HttpStatus status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    public HttpStatus status() {
        return status;
    }

    /** Message key of a friendly title, resolved in the user's language by the web layer. */
    public String titleKey() {
        return "problem." + type;
    }

    public ProblemDetail toProblem() {
        var problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(Problems.type(type));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
