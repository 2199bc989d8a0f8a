package org.liaison.audit;

import java.text.ParseException;
import java.util.Arrays;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.Verification.Kind;
import org.liaison.audit.Verification.Problem;

/**
 * Compares each signed checkpoint with the entry it names and checks its signature. The hash chain makes
 * the newest genuine checkpoint vouch for every entry up to it; checking them all also names the earliest
 * point where the chain and a signed statement disagree.
 */
final class CheckpointCheck {

    private final @Nullable ECDSAVerifier verifier;
    private long checked;

    CheckpointCheck(@Nullable ECKey publicKey) {
        try {
            this.verifier = publicKey == null ? null : new ECDSAVerifier(publicKey.toPublicJWK());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("not a usable EC public key: " + e.getMessage(), e);
        }
    }

    /**
     * @param entryHash the hash of the entry at the checkpoint's seq now, or null if there is none
     * @param lastSeq the last seq of the chain as the walk saw it
     */
    @Nullable Problem accept(Checkpoint checkpoint, @Nullable String entryHash, long lastSeq) {
        checked++;
        if (verifier != null && !signed(checkpoint)) {
            return new Problem(checkpoint.seq(), Kind.BAD_CHECKPOINT_SIGNATURE, "checkpoint #" + checkpoint.id()
                    + " signed at " + checkpoint.signedAt() + " does not verify with the node's public key");
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
        return verifier != null;
    }

    private boolean signed(Checkpoint checkpoint) {
        try {
            var jws = JWSObject.parse(checkpoint.signature());
            byte[] expected = CheckpointStatement.bytes(checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt());
            return jws.verify(verifier) && Arrays.equals(jws.getPayload().toBytes(), expected);
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }
}
