package org.liaison.directory;

import java.time.Instant;
import java.util.List;

/**
 * The public keys this node has pinned for a member node, as the module that pins them reports them. The
 * directory declares what it shows and the exchange, which verifies signatures and depends on the directory,
 * provides it: the directory never reads the exchange's tables nor depends on it (no cycle).
 */
public interface PinnedKeys {

    /** The keys pinned for the node and not revoked, newest first; none for an unknown node. */
    List<Key> of(NodeId node);

    /**
     * One pinned key.
     *
     * @param algorithm the JOSE name of its signature suite (Ed25519, ES256)
     * @param fingerprint as administrators compare it out of band
     * @param since when it was pinned
     */
    record Key(String algorithm, String fingerprint, Instant since) {
    }
}
