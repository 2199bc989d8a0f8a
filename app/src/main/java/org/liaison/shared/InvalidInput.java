package org.liaison.shared;

import org.springframework.http.HttpStatus;

/** Input that breaks a domain rule; the message says which, in words an officer understands. */
public class InvalidInput extends DomainException {

    public InvalidInput(String message) {
        super(HttpStatus.BAD_REQUEST, "invalid-input", message);
    }

    /** With the key (and its arguments) that says it in the officer's language. */
    public InvalidInput(String code, String message, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, "invalid-input", code, message, arguments);
    }
}
