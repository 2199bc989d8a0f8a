package org.liaison.screening;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInput;

/** Decisions and withdrawals carry a reason that later readers (and the audit) can understand. */
final class Reasons {

    static final int MAX = 2000;

    private Reasons() {
    }

    static String required(@Nullable String reason) {
        var stripped = Fields.optional(reason);
        if (stripped == null) {
            throw new InvalidInput("a reason is required");
        }
        if (stripped.length() > MAX) {
            throw new InvalidInput("a reason has at most " + MAX + " characters");
        }
        return stripped;
    }
}
