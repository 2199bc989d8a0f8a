package org.liaison.shared;

import org.springframework.http.HttpStatus;

/** The change collides with the current state (a duplicate id, an illegal transition). */
public class Conflict extends DomainException {

    public Conflict(String message) {
        super(HttpStatus.CONFLICT, "conflict", message);
    }

    /** With the key (and its arguments) that says it in the officer's language. */
    public Conflict(String code, String message, Object... arguments) {
        super(HttpStatus.CONFLICT, "conflict", code, message, arguments);
    }
}
