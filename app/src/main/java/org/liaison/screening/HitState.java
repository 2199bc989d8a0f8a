package org.liaison.screening;

/**
 * Where a hit stands as an officer reads it: the decision, and for a confirmed hit how far the issuing agency's
 * knowledge of it got. Derived from the hit, never stored, so it cannot lag behind the reply.
 */
public enum HitState {
    POSSIBLE, DISCARDED, CONFIRMED, NOTIFIED, NOT_NOTIFIED, ANSWERED;

    static HitState of(HitStatus status, HitNotice notice) {
        return switch (status) {
            case POSSIBLE -> POSSIBLE;
            case DISCARDED -> DISCARDED;
            case CONFIRMED -> switch (notice) {
                case ANSWERED -> ANSWERED;
                case SENT -> NOTIFIED;
                case NOT_ALLOWED -> NOT_NOTIFIED;
                case NONE, LOCAL -> CONFIRMED;
            };
        };
    }
}
