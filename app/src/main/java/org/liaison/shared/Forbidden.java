package org.liaison.shared;

import org.springframework.http.HttpStatus;

/** The officer is authenticated but their role, agency or agreement does not allow this. */
public class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(HttpStatus.FORBIDDEN, "forbidden", message);
    }
}
