package org.liaison.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.liaison.audit.chain.SignedCheckpoints;
import org.liaison.audit.verifier.CheckpointCheck;
import org.liaison.audit.witness.WitnessHeads;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Witnessing between partners (ADR 0004, amendment of 2026-12-04, after certificate transparency's gossip,
 * RFC 6962/9162): a node hands its signed checkpoints to its partners, and keeps theirs. A node that later cuts
 * or rewrites its chain — even someone holding its database and its keys — cannot take back the heads its
 * partners hold, and the verifier compares the chain with them. Public facade of the audit module for the
 * exchange, which carries the heads between nodes.
 */
@Service
public class AuditWitness {

    /** The most heads one offer between nodes carries. */
    public static final int MAX_HEADS = 500;
    /** The most heads one read of a witness record returns; page on with {@code afterSeq}. */
    public static final int MAX_RECORD = 10_000;

    private final SignedCheckpoints own;
    private final WitnessHeads held;
    private final AuditTrail trail;
    private final Clock clock;

    AuditWitness(SignedCheckpoints own, WitnessHeads held, AuditTrail trail, Clock clock) {
        this.own = own;
        this.held = held;
        this.trail = trail;
        this.clock = clock;
    }

    /** This node's checkpoints signed after checkpoint {@code afterId}, oldest first, to hand to a partner. */
    @Transactional(readOnly = true)
    public List<Checkpoint> ownCheckpointsAfter(long afterId) {
        return own.after(afterId, MAX_HEADS);
    }

    /**
     * Keeps heads a partner sent, each of which must verify with the keys this node pinned for it; answers the
     * id of the newest checkpoint now held, which tells the partner where to go on. A head for a seq already held
     * with another hash is proof that the partner showed two versions of its chain: kept, audited, refused.
     */
    @Transactional
    public long hold(String origin, List<Checkpoint> heads, CheckpointKeys originKeys) {
        if (heads.size() > MAX_HEADS) {
            throw new InvalidInput("at most " + MAX_HEADS + " heads at a time");
        }
        var now = Instant.now(clock);
        for (var head : heads) {
            if (!CheckpointCheck.signed(head, originKeys)) {
                throw new InvalidInput("the head at seq " + head.seq() + " does not verify with the keys pinned for " + origin);
            }
            if (!held.add(origin, head, now)) {
                var heldHash = held.hashAt(origin, head.seq()).orElseThrow();
                if (!heldHash.equals(head.hash())) {
                    conflict(origin, head, heldHash, now);
                }
            }
        }
        return held.latestCheckpointId(origin);
    }

    /** The heads of {@code origin}'s chain held here after {@code afterSeq}, oldest first. */
    @Transactional(readOnly = true)
    public List<Checkpoint> heldFor(String origin, long afterSeq, int limit) {
        return held.heldFor(origin, afterSeq, Math.clamp(limit, 1, MAX_RECORD));
    }

    private void conflict(String origin, Checkpoint head, String heldHash, Instant now) {
        held.addConflict(origin, head, heldHash, now);
        trail.recordRejection(AuditAction.WITNESS_CONFLICT, "node:" + origin, Outcome.DENIED, "seq " + head.seq()
                + " was witnessed with hash " + heldHash + " and is now offered with " + head.hash()
                + ": the partner showed two versions of its audit chain");
    }
}
