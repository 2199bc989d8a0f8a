package org.liaison.exchange.witness;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import org.liaison.audit.AuditWitness;
import org.liaison.audit.CheckpointKeys;
import org.liaison.audit.WitnessRecord;
import org.liaison.exchange.trust.Partners;
import org.liaison.exchange.wire.WitnessHeld;
import org.liaison.exchange.wire.WitnessOffer;
import org.liaison.node.ThisNode;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NodeTask;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * This node as a witness of its partners' audit chains: keeps the heads a trusted partner offers, checked with
 * the keys pinned for it here, and hands out what it holds of a partner's chain, with those keys, to whoever
 * verifies that chain (ADR 0004, amendment of 2026-12-04).
 */
@Component
class Witnessing {

    private final AuditWitness audit;
    private final Partners partners;
    private final ThisNode node;
    private final Clock clock;

    Witnessing(AuditWitness audit, Partners partners, ThisNode node, Clock clock) {
        this.audit = audit;
        this.partners = partners;
        this.node = node;
        this.clock = clock;
    }

    WitnessHeld hold(WitnessOffer offer) {
        if (offer.origin() == null || offer.heads() == null || offer.heads().contains(null)) {
            throw new InvalidInput("an offer names its origin node and lists its heads");
        }
        var partner = partners.find(offer.origin()).filter(Partners.Partner::trusted)
                .orElseThrow(() -> new InvalidInput(offer.origin() + " is not a trusted partner of " + node.id()));
        var heads = offer.heads().stream().map(WitnessRecord.Head::checkpoint).toList();
        // a conflict is audited as the offering partner, not as the anonymous HTTP caller
        return NodeTask.callForPartner(partner.nodeId(),
                () -> new WitnessHeld(audit.hold(partner.nodeId(), heads, keysOf(partner.nodeId()))));
    }

    /** What this node holds of {@code origin}'s chain after {@code afterSeq}, and the keys it pinned for it. */
    WitnessRecord recordOf(String origin, long afterSeq) {
        var keys = partners.keysOf(origin);
        if (keys.isEmpty()) {
            throw new NotFound("witnessed node", origin);
        }
        var heads = audit.heldFor(origin, afterSeq, AuditWitness.MAX_RECORD).stream().map(WitnessRecord.Head::of).toList();
        var pinned = keys.stream().map(k -> new WitnessRecord.PinnedKey(k.publicJwk(), k.revokedAt())).toList();
        return new WitnessRecord(WitnessRecord.VERSION, node.id(), origin, pinned, heads, Instant.now(clock));
    }

    private CheckpointKeys keysOf(String origin) {
        var byKid = new LinkedHashMap<String, CheckpointKeys.TrustedKey>();
        for (var key : partners.keysOf(origin)) {
            byKid.put(key.kid(), new CheckpointKeys.TrustedKey(key.publicJwk(), key.revokedAt()));
        }
        return new CheckpointKeys(byKid, "pinned by " + node.id(), true);
    }

    List<Partners.Partner> trustedPartners() {
        return partners.all().stream().filter(Partners.Partner::trusted).toList();
    }
}
