package org.liaison.exchange.wire;

import java.util.List;

import org.liaison.audit.WitnessRecord;

/**
 * An offer of audit witnessing between nodes (ADR 0004, amendment of 2026-12-04): checkpoints of {@code origin}'s
 * audit chain, oldest first, handed to a partner, which answers {@link WitnessHeld}. Each head is the origin's own
 * signed checkpoint, so the request needs no signature of its own: a head that does not verify with the keys pinned
 * for the origin is refused.
 */
public record WitnessOffer(String origin, List<WitnessRecord.Head> heads) {

    public static final String PATH = "/federation/v1/witness";
}
