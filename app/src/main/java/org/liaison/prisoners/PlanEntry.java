package org.liaison.prisoners;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/**
 * Where one prisoner of a plan stands against its deadline: the eligibility findings, the transfer case if one
 * was opened, and the one thing that most blocks the deadline now.
 */
public record PlanEntry(Prisoner prisoner, Eligibility eligibility, @Nullable Transfer transfer, Standing standing,
                        @Nullable AgencyId waitingAt) {

    /** From worst to done. */
    public enum Standing {
        /** Released by the deadline anyway: nothing to transfer. */
        RELEASED_BEFORE_DEADLINE,
        NOT_ELIGIBLE,
        REFUSED,
        /** The prisoner withdrew consent. */
        WITHDRAWN,
        NO_CASE,
        DOCUMENTS_REQUESTED,
        IN_CHAIN,
        APPROVED,
        /** Handed over at the border, confirmed by both sides. */
        TRANSFERRED;

        /** Whether this prisoner still stands between the plan and its deadline. */
        public boolean blocks() {
            return this != APPROVED && this != TRANSFERRED && this != RELEASED_BEFORE_DEADLINE;
        }
    }

    public List<Finding> obstacles() {
        return eligibility.obstacles();
    }
}
