package org.liaison.node;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One of this node's signing keys as stored: the public half, the private half sealed by the node secret, and
 * where it stands in its life (ACTIVE signs; RETIRING still verifies until {@code retireAfter}; REVOKED never).
 */
public record NodeKey(String kid, String publicJwk, byte[] sealedPrivate, String status, Instant createdAt,
                      @Nullable Instant retireAfter, @Nullable Instant revokedAt, @Nullable String revokeReason) {

    /** The JOSE name of the key's signature suite. */
    public String algorithm() {
        return SignatureSuite.algorithmOf(publicJwk);
    }

    /** Whether partners should still accept new signatures by this key at {@code now}. */
    public boolean verifiesAt(Instant now) {
        return status.equals("ACTIVE") || status.equals("RETIRING") && retireAfter != null && now.isBefore(retireAfter);
    }

    /**
     * Whether a signature this key made at {@code signedAt} still counts: it was not revoked by then. A rotated-out
     * key keeps vouching for what it signed while it was in use (checkpoints, receipts).
     */
    public boolean vouchesFor(Instant signedAt) {
        return revokedAt == null || signedAt.isBefore(revokedAt);
    }
}
