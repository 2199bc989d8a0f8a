package org.liaison.agreements;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The lifecycle: draft → signed → in force → expired, terminated or renewed (by a newer instrument).
 * A signed agreement that never entered into force can still be terminated.
 */
public enum AgreementStatus {
    DRAFT, SIGNED, IN_FORCE, EXPIRED, TERMINATED, RENEWED;

    /** The statuses this one may move to. */
    public Set<AgreementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SIGNED);
            case SIGNED -> EnumSet.of(IN_FORCE, TERMINATED);
            case IN_FORCE -> EnumSet.of(EXPIRED, TERMINATED, RENEWED);
            case EXPIRED -> EnumSet.of(RENEWED);
            case TERMINATED, RENEWED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

    public boolean canMoveTo(AgreementStatus target) {
        return next().contains(target);
    }

    /**
     * Whether this status ends the agreement: the only statuses that need the date they took effect, and the only
     * moves that cut its validity short.
     */
    public boolean ends() {
        return this == EXPIRED || this == TERMINATED || this == RENEWED;
    }

    /** Whether the agreement has ever been in force, so its validity window means something. */
    public boolean enteredIntoForce() {
        return this == IN_FORCE || ends();
    }

    /** The status in the officer's language, as an argument of a translated refusal. */
    public MessageSourceResolvable said() {
        return new DefaultMessageSourceResolvable(new String[] { "agreements.status." + name() }, name());
    }
}
