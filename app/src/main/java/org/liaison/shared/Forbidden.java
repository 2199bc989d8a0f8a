package org.liaison.shared;

import org.springframework.http.HttpStatus;

/** The officer is authenticated but their role, agency or agreement does not allow this. */
public class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(HttpStatus.FORBIDDEN, "forbidden", message);
    }

    /** With the key (and its arguments) that says it in the officer's language. */
    public Forbidden(String code, String message, Object... arguments) {
        super(HttpStatus.FORBIDDEN, "forbidden", code, message, arguments);
    }
}
