package org.liaison.committees;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The lifecycle of a commitment: open → in progress → done, or dropped on the way. Done and dropped are
 * final: a commitment taken up again is a new commitment, so the annual review stays true to what happened.
 */
public enum CommitmentStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    public Set<CommitmentStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, DONE, DROPPED);
            case IN_PROGRESS -> EnumSet.of(DONE, DROPPED);
            case DONE, DROPPED -> EnumSet.noneOf(CommitmentStatus.class);
        };
    }

    public boolean canMoveTo(CommitmentStatus target) {
        return next().contains(target);
    }

    /** Whether nothing more is expected: an item in a closed status is never overdue. */
    public boolean closed() {
        return this == DONE || this == DROPPED;
    }

    /** The statuses in which something is still expected, the only ones an overdue item can be in. */
    public static List<CommitmentStatus> pending() {
        return Arrays.stream(values()).filter(status -> !status.closed()).toList();
    }
}
