package org.liaison.border;

import org.liaison.shared.InvalidInput;

/** A pass application or decision refused, with the key {@code border.pass.invalid.<code>} for pages. */
public final class InvalidPass extends InvalidInput {

    public InvalidPass(String code, String message, Object... arguments) {
        super("border.pass.invalid." + code, message, arguments);
    }
}
