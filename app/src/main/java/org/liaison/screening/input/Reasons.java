package org.liaison.screening.input;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInput;

/** Decisions and withdrawals carry a reason that later readers (and the audit) can understand. */
public final class Reasons {

    public static final int MAX = 2000;

    private Reasons() {
    }

    public static String required(@Nullable String reason) {
        var stripped = Fields.optional(reason);
        if (stripped == null) {
            throw new InvalidInput("screening.refusal.reasonRequired", "a reason is required");
        }
        if (stripped.length() > MAX) {
            throw new InvalidInput("screening.refusal.reasonTooLong", "a reason has at most " + MAX + " characters", MAX);
        }
        return stripped;
    }
}
