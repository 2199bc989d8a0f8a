package org.liaison.exchange;

import java.util.List;

import org.liaison.audit.WitnessRecord;

/**
 * The wire forms of audit witnessing between nodes (ADR 0004, amendment of 2026-12-04): the heads a node hands
 * to a partner, and the partner's answer. Each head is the origin's own signed checkpoint, so the request needs
 * no signature of its own: a head that does not verify with the keys pinned for the origin is refused.
 */
final class WitnessOffers {

    static final String PATH = "/federation/v1/witness";

    private WitnessOffers() {
    }

    /** Checkpoints of {@code origin}'s audit chain, oldest first. */
    record Offer(String origin, List<WitnessRecord.Head> heads) {
    }

    /** The id of the origin's newest checkpoint the witness now holds: where the next offer starts. */
    record Held(long checkpointId) {
    }
}
