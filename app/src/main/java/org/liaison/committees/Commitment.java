package org.liaison.committees;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.CooperationArea;

/**
 * Something the parties committed to, from an agreement or a meeting's decision: what (in English and, if
 * given, the original language), the owners on each side, how progress shows (indicators), when it is due
 * and where it stands. {@code parties} are whoever may manage it: the committee's or the agreement's parties.
 */
public record Commitment(CommitmentId id,
                         String text,
                         @Nullable String nativeText,
                         CooperationArea area,
                         @Nullable AgreementId agreement,
                         @Nullable DecisionId decision,
                         @Nullable CommitteeId committee,
                         List<String> owners,
                         List<String> parties,
                         @Nullable String indicators,
                         LocalDate dueOn,
                         CommitmentStatus status,
                         @Nullable LocalDate completedOn) {

    public Commitment {
        owners = List.copyOf(owners);
        parties = List.copyOf(parties);
    }

    /** Overdue: not done or dropped, and {@code today} (in the node's zone) is after the due date. */
    public boolean overdueOn(LocalDate today) {
        return !status.closed() && today.isAfter(dueOn);
    }
}
