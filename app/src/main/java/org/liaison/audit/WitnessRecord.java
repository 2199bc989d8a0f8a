package org.liaison.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a partner (the witness) holds of another node's chain, as it hands it to whoever checks that chain: the
 * heads, and the node's public keys as the witness pinned them, so the check needs nothing from the node's own
 * data dir. Served at {@code GET /federation/v1/witness/{node}} and exported by administrators.
 */
public record WitnessRecord(int v, String witness, String origin, List<PinnedKey> keys, List<Head> heads,
                            Instant issuedAt) {

    public static final int VERSION = 1;

    /** A public key of the origin as the witness pinned it; {@code revokedAt} when the witness saw it revoked. */
    public record PinnedKey(String jwk, @Nullable Instant revokedAt) {
    }

    /** One checkpoint of the origin, exactly as the origin signed it. */
    public record Head(long checkpointId, long seq, String hash, Instant signedAt, String keyId, String signature) {

        public static Head of(Checkpoint checkpoint) {
            return new Head(checkpoint.id(), checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt(),
                    checkpoint.keyId(), checkpoint.signature());
        }

        public Checkpoint checkpoint() {
            return new Checkpoint(checkpointId, seq, hash, signedAt, keyId, signature);
        }
    }

    /** The origin's keys as this witness pinned them. */
    public CheckpointKeys checkpointKeys() {
        var byKid = new java.util.LinkedHashMap<String, CheckpointKeys.TrustedKey>();
        for (var key : keys) {
            try {
                var jwk = com.nimbusds.jose.jwk.JWK.parse(key.jwk());
                byKid.put(jwk.getKeyID(), new CheckpointKeys.TrustedKey(jwk.toPublicJWK().toJSONString(), key.revokedAt()));
            } catch (java.text.ParseException e) {
                throw new IllegalArgumentException("the witness record of " + witness + " lists a key that is not a JWK", e);
            }
        }
        return new CheckpointKeys(byKid, "pinned by " + witness, true);
    }

    /** The heads as checkpoints held by this witness. */
    public List<WitnessHead> witnessed() {
        return heads.stream().map(h -> new WitnessHead(witness, h.checkpoint())).toList();
    }
}
