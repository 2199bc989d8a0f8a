package org.liaison.border;

import java.time.Instant;
import java.util.List;

import org.liaison.border.passes.FederationTrust;
import org.liaison.directory.Checkpoint;

/**
 * What the offline verification page holds once loaded (ADR 0016): this node, when it was synced, every trusted
 * public key with its node, every signed revocation list, and the checkpoints an officer picks from.
 */
public record VerificationBundle(String node, Instant syncedAt, List<FederationTrust.NodeJwk> keys,
                                 List<String> revocationLists, List<Checkpoint> checkpoints) {
}
