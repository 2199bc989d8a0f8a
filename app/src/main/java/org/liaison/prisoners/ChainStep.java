package org.liaison.prisoners;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/** One agency's step in a transfer's approval chain, and what it decided (reasons, documents asked for). */
public record ChainStep(int position, AgencyId agency, StepState state, @Nullable String note,
                        @Nullable String decidedBy, @Nullable Instant decidedAt) {

    public static ChainStep waiting(int position, AgencyId agency) {
        return new ChainStep(position, agency, StepState.WAITING, null, null, null);
    }

    ChainStep decided(StepState state, @Nullable String note, String by, Instant at) {
        return new ChainStep(position, agency, state, note, by, at);
    }
}
