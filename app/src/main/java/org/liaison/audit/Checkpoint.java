package org.liaison.audit;

import java.time.Instant;

/** A signed statement that the chain's head was entry {@code seq} with {@code hash} at {@code signedAt}. */
public record Checkpoint(long id, long seq, String hash, Instant signedAt, String keyId, String signature) {
}
