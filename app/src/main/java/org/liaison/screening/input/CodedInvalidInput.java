package org.liaison.screening.input;

import org.liaison.shared.InvalidInput;

/**
 * Input refused with a message key beside the English message: the API answers the message, pages show the key
 * with its arguments in the officer's language.
 *
 * @see #code() the key, under {@code screening.validation.}
 */
public final class CodedInvalidInput extends InvalidInput {

    private final String code;
    private final Object[] arguments;

    public CodedInvalidInput(String code, String message, Object... arguments) {
        super(message);
        this.code = "screening.validation." + code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
