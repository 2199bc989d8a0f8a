package org.liaison.border;

import org.liaison.shared.InvalidInput;

/**
 * A crossing refused, with a message key beside the English message: the API answers problem+json with the
 * message, pages show {@code border.invalid.<code>} with the arguments in the officer's language.
 */
public final class InvalidCrossing extends InvalidInput {

    public InvalidCrossing(String code, String message, Object... arguments) {
        super("border.invalid." + code, message, arguments);
    }
}
