package org.liaison.shared;

import org.springframework.http.HttpStatus;

/** The change collides with the current state (a duplicate id, an illegal transition). */
public class Conflict extends DomainException {

    public Conflict(String message) {
        super(HttpStatus.CONFLICT, "conflict", message);
    }
}
