package org.liaison.shared;

import org.springframework.http.HttpStatus;

/** The thing asked for does not exist, or the officer may not know it exists. */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super(HttpStatus.NOT_FOUND, "not-found", what + " " + id + " was not found");
    }
}
