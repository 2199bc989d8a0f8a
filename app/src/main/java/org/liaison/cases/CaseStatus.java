package org.liaison.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a case: reported → under investigation → referred to the prosecutors → closed. A case may be
 * closed from any open status (no further action), and a closed case reopened for investigation when new facts
 * come in; nothing else moves backwards, so a referral is never silently undone.
 */
public enum CaseStatus {
    REPORTED, INVESTIGATING, REFERRED, CLOSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(INVESTIGATING, CLOSED);
            case INVESTIGATING -> EnumSet.of(REFERRED, CLOSED);
            case REFERRED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(INVESTIGATING);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }
}
