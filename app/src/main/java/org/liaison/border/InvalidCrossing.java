package org.liaison.border;

import org.liaison.shared.InvalidInput;

/**
 * A crossing refused, with a message key beside the English message: the API answers problem+json with the
 * message, pages show {@code border.invalid.<code>} with the arguments in the officer's language.
 */
public final class InvalidCrossing extends InvalidInput {

    private final String code;
    private final Object[] arguments;

    public InvalidCrossing(String code, String message, Object... arguments) {
        super(message);
        this.code = "border.invalid." + code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
