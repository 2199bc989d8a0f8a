package org.liaison.exchange.wire;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a batch: the receipts that acknowledge its messages, each once, and one result per
 * delivered envelope in its order: the index of its receipt, or the reason it was refused.
 */
public record BatchReply(List<String> receipts, List<Result> results) {

    /** {@code duplicate}: it had arrived before (or twice in this batch); its original receipt is the one named. */
    public record Result(@Nullable String id, @Nullable Integer receipt, boolean duplicate, @Nullable String reason,
                         @Nullable String detail) {

        public static Result refused(@Nullable String id, EnvelopeRejected e) {
            return new Result(id, null, false, e.reason().name(), e.getMessage());
        }
    }
}
