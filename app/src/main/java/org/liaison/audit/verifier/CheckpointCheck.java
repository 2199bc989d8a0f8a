package org.liaison.audit.verifier;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.Checkpoint;
import org.liaison.audit.CheckpointKeys;
import org.liaison.audit.Verification.Kind;
import org.liaison.audit.Verification.Problem;
import org.liaison.audit.chain.CheckpointStatement;
import org.liaison.node.CompactJws;
import org.liaison.node.InvalidJws;

/**
 * Compares each signed checkpoint with the entry it names and checks its signature. The hash chain makes
 * the newest genuine checkpoint vouch for every entry up to it; checking them all also names the earliest
 * point where the chain and a signed statement disagree.
 */
public final class CheckpointCheck {

    private final @Nullable CheckpointKeys keys;
    private long checked;

    CheckpointCheck(@Nullable CheckpointKeys keys) {
        this.keys = keys;
    }

    /**
     * @param entryHash the hash of the entry at the checkpoint's seq now, or null if there is none
     * @param lastSeq the last seq of the chain as the walk saw it
     */
    @Nullable Problem accept(Checkpoint checkpoint, @Nullable String entryHash, long lastSeq) {
        checked++;
        if (keys != null && !signed(checkpoint, keys)) {
            return new Problem(checkpoint.seq(), Kind.BAD_CHECKPOINT_SIGNATURE, "checkpoint #" + checkpoint.id()
                    + " signed at " + checkpoint.signedAt() + " does not verify with the node's keys ("
                    + keys.source() + ")");
        }
        if (entryHash == null) {
            long firstGone = Math.min(checkpoint.seq(), lastSeq + 1);
            return new Problem(firstGone, Kind.TRUNCATED, "checkpoint #" + checkpoint.id() + " signed at "
                    + checkpoint.signedAt() + " says the chain reached seq " + checkpoint.seq()
                    + ", but it now ends at seq " + lastSeq + ": the newest entries were deleted");
        }
        if (!entryHash.equals(checkpoint.hash())) {
            return new Problem(checkpoint.seq(), Kind.TRUNCATED, "checkpoint #" + checkpoint.id() + " signed at "
                    + checkpoint.signedAt() + " says seq " + checkpoint.seq() + " had hash "
                    + ChainWalk.abbreviate(checkpoint.hash()) + ", but it now has " + ChainWalk.abbreviate(entryHash)
                    + ": the chain was cut back and rewritten");
        }
        return null;
    }

    long checked() {
        return checked;
    }

    boolean verifiesSignatures() {
        return keys != null;
    }

    /** Whether a key the verifier trusts signed exactly this checkpoint's statement. */
    public static boolean signed(Checkpoint checkpoint, CheckpointKeys keys) {
        try {
            var jws = CompactJws.parse(checkpoint.signature(), CheckpointStatement.TYPE);
            var key = vouching(keys, jws.getHeader().getKeyID(), checkpoint.signedAt());
            if (key.isEmpty() || !jws.getHeader().getKeyID().equals(checkpoint.keyId())) {
                return false;
            }
            CompactJws.verify(jws, key.get());
            byte[] expected = CheckpointStatement.bytes(checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt());
            return Arrays.equals(jws.getPayload().toBytes(), expected);
        } catch (InvalidJws e) {
            return false;
        }
    }

    /** The public key that vouches for a signature by {@code kid} made at {@code signedAt}, if any does. */
    private static Optional<String> vouching(CheckpointKeys keys, String kid, Instant signedAt) {
        var key = keys.byKid().get(kid);
        return key == null || key.revokedAt() != null && !signedAt.isBefore(key.revokedAt())
                ? Optional.empty() : Optional.of(key.publicJwk());
    }
}
