package org.liaison.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.chain.ChainHash;

/** One link of the chain, as stored. The first entry links to {@link #GENESIS_HASH}. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        String actor,
        @Nullable String agency,
        String action,
        String subject,
        Outcome outcome,
        @Nullable String requestId,
        String details,
        String prevHash,
        String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = ChainHash.GENESIS;

    /**
     * The hash this entry must carry, recomputed from its fields and {@code prevHash}; it differs from
     * {@link #hash()} when a field was edited after the entry was written.
     */
    public String computedHash() {
        return ChainHash.of(this);
    }
}
