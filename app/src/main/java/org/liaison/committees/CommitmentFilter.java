package org.liaison.committees;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;

/** Filters of the commitments list; every one given must match. {@code owner} matches agencies below it too. */
public record CommitmentFilter(@Nullable String owner,
                               @Nullable CommitmentStatus status,
                               boolean overdueOnly,
                               @Nullable CommitteeId committee,
                               @Nullable AgreementId agreement) {

    public static CommitmentFilter all() {
        return new CommitmentFilter(null, null, false, null, null);
    }
}
