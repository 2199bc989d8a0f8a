package org.liaison.audit;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What a verification of the audit chain found.
 *
 * @param entriesChecked entries read and recomputed, up to and including the first bad one
 * @param checkpointsChecked signed checkpoints compared with the chain
 * @param signaturesChecked whether checkpoint signatures were verified (public keys were available)
 * @param witnessHeadsChecked heads held by partners that were compared with the chain
 * @param firstProblem the first bad entry, or {@code null} when the chain is intact
 */
public record Verification(long entriesChecked, long checkpointsChecked, boolean signaturesChecked,
                           long witnessHeadsChecked, @Nullable Problem firstProblem, Duration duration) {

    public boolean ok() {
        return firstProblem == null;
    }

    /** The first bad entry: its sequence number, what is wrong and an explanation for people. */
    public record Problem(long seq, Kind kind, String explanation) {
    }

    /** Kinds of damage, each pointing at how the chain was changed. */
    public enum Kind {
        /** The stored hash is not the hash of the stored fields: a field was edited. */
        TAMPERED,
        /** prev_hash is not the previous entry's hash: an entry was inserted, reordered or re-hashed. */
        BROKEN_LINK,
        /** A sequence number is missing: an entry was deleted. */
        MISSING,
        /** Time runs backwards beyond the tolerance, or a sequence number repeats. */
        OUT_OF_ORDER,
        /** A signed checkpoint names an entry that is gone or has another hash: the newest entries were cut. */
        TRUNCATED,
        /** A checkpoint's signature does not verify with the node's public keys. */
        BAD_CHECKPOINT_SIGNATURE,
        /** A partner witnessed another hash at this point: the chain was rewritten after the partner saw it. */
        REWRITTEN,
        /** A head said to be witnessed does not verify with the node's keys: that witness record is unusable. */
        BAD_WITNESS_HEAD
    }
}
