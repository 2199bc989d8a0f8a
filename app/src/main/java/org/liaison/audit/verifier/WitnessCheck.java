package org.liaison.audit.verifier;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.CheckpointKeys;
import org.liaison.audit.Verification.Kind;
import org.liaison.audit.Verification.Problem;
import org.liaison.audit.WitnessHead;

/**
 * Compares the chain with the heads partners witnessed (certificate-transparency style gossip, ADR 0004),
 * walking both in seq order: every head must verify with keys pinned outside the node and name an entry the
 * chain still has, with the same hash. The last head that matched bounds where a rewrite began.
 */
final class WitnessCheck {

    private final List<WitnessHead> heads;
    private final @Nullable CheckpointKeys keys;
    private int next;
    private long lastMatched;
    private long checked;

    WitnessCheck(List<WitnessHead> heads, @Nullable CheckpointKeys keys) {
        this.heads = heads.stream().sorted(Comparator.comparingLong(h -> h.checkpoint().seq())).toList();
        this.keys = keys;
    }

    /** Checks the heads of the entry just read (the heads before it name entries that are missing). */
    @Nullable Problem accept(long seq, String hash) {
        while (next < heads.size() && heads.get(next).checkpoint().seq() <= seq) {
            var head = heads.get(next++);
            var problem = check(head, seq, hash);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** After the last entry: a head beyond it proves the newest entries were cut. */
    @Nullable Problem finish(long lastSeq) {
        if (next >= heads.size()) {
            return null;
        }
        var head = heads.get(next);
        var problem = signature(head);
        if (problem != null) {
            return problem;
        }
        checked++;
        return new Problem(lastSeq + 1, Kind.TRUNCATED, head.witness() + " holds a head of this chain at seq "
                + head.checkpoint().seq() + " signed at " + head.checkpoint().signedAt() + ", but the chain now ends at seq "
                + lastSeq + ": the newest entries were deleted");
    }

    long checked() {
        return checked;
    }

    private @Nullable Problem check(WitnessHead head, long seq, String hash) {
        var problem = signature(head);
        if (problem != null) {
            return problem;
        }
        checked++;
        var checkpoint = head.checkpoint();
        if (checkpoint.seq() == seq && checkpoint.hash().equals(hash)) {
            lastMatched = seq;
            return null;
        }
        if (checkpoint.seq() < seq) {
            return null; // the entry it names is missing: the walk reports that gap itself
        }
        return new Problem(lastMatched + 1, Kind.REWRITTEN, head.witness() + " holds a head at seq " + checkpoint.seq()
                + " signed at " + checkpoint.signedAt() + " with hash " + ChainWalk.abbreviate(checkpoint.hash())
                + ", but that entry now has " + ChainWalk.abbreviate(hash) + ": the chain was rewritten"
                + (lastMatched + 1 == checkpoint.seq() ? " at this very entry"
                   : "; the first changed entry lies between seq " + (lastMatched + 1) + " and seq " + checkpoint.seq()
                     + (lastMatched == 0 ? "" : " (seq " + lastMatched + " still matches a witnessed head)")));
    }

    private @Nullable Problem signature(WitnessHead head) {
        if (keys != null && CheckpointCheck.signed(head.checkpoint(), keys)) {
            return null;
        }
        return new Problem(head.checkpoint().seq(), Kind.BAD_WITNESS_HEAD, "the head " + head.witness()
                + " holds for seq " + head.checkpoint().seq() + " does not verify with "
                + (keys == null ? "any key: give the node's keys" : "the node's keys (" + keys.source() + ")")
                + ": this witness record cannot be trusted");
    }
}
