package org.liaison.shared;


import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Root of the domain's exceptions. Each subclass knows its HTTP status and problem type,
 * so errors are mapped to RFC 9457 problem+json in exactly one place. A refusal an officer meets on a page also
 * names a message key with its arguments, so the page says it in the officer's language; the API answers the
 * English message.
 */
public abstract class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final @Nullable String code;
    private final Object[] arguments;

    protected DomainException(HttpStatus status, String type, String message) {
        this(status, type, null, message);
    }

    protected DomainException(HttpStatus status, String type, @Nullable String code, String message, Object... arguments) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** The message key that says this refusal in the officer's language, where the thrower gave one. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** The refusal to be said in the officer's language: by its key where it has one, else its English message. */
    public MessageSourceResolvable said() {
        return new DefaultMessageSourceResolvable(code == null ? null : new String[] { code }, arguments.clone(),
                getMessage());
    }

    public Object[] arguments() {
        return arguments.clone();
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
