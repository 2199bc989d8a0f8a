package org.liaison.screening.input;

import org.liaison.shared.InvalidInput;

/**
 * Input refused with a message key beside the English message: the API answers the message, pages show the key
 * with its arguments in the officer's language.
 * The key is under {@code screening.validation.}.
 */
public final class CodedInvalidInput extends InvalidInput {

    public CodedInvalidInput(String code, String message, Object... arguments) {
        super("screening.validation." + code, message, arguments);
    }
}
