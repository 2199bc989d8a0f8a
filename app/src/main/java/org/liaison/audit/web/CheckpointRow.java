package org.liaison.audit.web;

import java.time.Instant;

import org.liaison.audit.Checkpoint;
import org.liaison.audit.verifier.ChainWalk;


/** A signed checkpoint as the verification page lists it. */
record CheckpointRow(long id, long seq, String hash, Instant signedAt, String keyId) {

    static CheckpointRow of(Checkpoint c) {
        return new CheckpointRow(c.id(), c.seq(), ChainWalk.abbreviate(c.hash()), c.signedAt(), c.keyId());
    }
}
