package org.liaison.audit.web;

import java.time.format.DateTimeFormatter;

import org.liaison.audit.Checkpoint;
import org.liaison.audit.verifier.ChainWalk;


/** A signed checkpoint as the verification page lists it. */
record CheckpointRow(long id, long seq, String hash, String signedAt, String keyId) {

    static CheckpointRow of(Checkpoint c, DateTimeFormatter format) {
        return new CheckpointRow(c.id(), c.seq(), ChainWalk.abbreviate(c.hash()), format.format(c.signedAt()), c.keyId());
    }
}
