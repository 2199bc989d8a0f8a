package org.liaison.exchange.witness;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liaison.audit.AuditWitness;
import org.liaison.audit.WitnessRecord;
import org.liaison.exchange.outbound.FederationClient;
import org.liaison.exchange.trust.Partners;
import org.liaison.exchange.wire.WitnessHeld;
import org.liaison.exchange.wire.WitnessOffer;
import org.liaison.node.ThisNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands this node's new audit checkpoints to every trusted partner every {@code liaison.exchange.witness-interval}
 * (default five seconds), from where each partner said it holds them; a partner that is down gets them when it
 * is back. With checkpoints every few seconds, the tail of the chain that no partner holds stays that short.
 */
@Component
class WitnessPush {

    private static final Logger log = LoggerFactory.getLogger(WitnessPush.class);

    private final Witnessing witnessing;
    private final AuditWitness audit;
    private final WitnessProgress progress;
    private final FederationClient client;
    private final ThisNode node;
    private final JsonMapper json;
    private final Clock clock;

    WitnessPush(Witnessing witnessing, AuditWitness audit, WitnessProgress progress, FederationClient client,
                ThisNode node, JsonMapper json, Clock clock) {
        this.witnessing = witnessing;
        this.audit = audit;
        this.progress = progress;
        this.client = client;
        this.node = node;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${liaison.exchange.witness-interval:PT5S}",
            fixedDelayString = "${liaison.exchange.witness-interval:PT5S}")
    @SchedulerLock(name = "exchange-witness-push", lockAtMostFor = "PT5M",
            lockAtLeastFor = "#{T(org.liaison.audit.SchedulerLocks).atLeast('${liaison.exchange.witness-interval:PT5S}', 'PT5M')}")
    public void pushToPartners() { // public so that ShedLock's proxy surely intercepts it; the class stays internal
        for (var partner : witnessing.trustedPartners()) {
            try {
                pushTo(partner);
            } catch (IOException | RuntimeException e) {
                log.debug("could not hand audit checkpoints to {} now: {}", partner.nodeId(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Offers the checkpoints the partner lacks, batch after batch, until it holds them all or refuses. */
    void pushTo(Partners.Partner partner) throws IOException, InterruptedException {
        long held = progress.heldBy(partner.nodeId());
        while (true) {
            var heads = audit.ownCheckpointsAfter(held);
            if (heads.isEmpty()) {
                return;
            }
            var offer = new WitnessOffer(node.id(), heads.stream().map(WitnessRecord.Head::of).toList());
            var reply = client.post(partner.baseUrl(), WitnessOffer.PATH, json.writeValueAsString(offer));
            if (reply.status() != 200) {
                throw new IOException(partner.nodeId() + " answered " + reply.status() + ": " + reply.body());
            }
            long now = answered(reply.body(), partner.nodeId());
            if (now <= held) {
                return; // the partner takes no more: never loop on it
            }
            progress.record(partner.nodeId(), now, Instant.now(clock));
            held = now;
        }
    }

    private long answered(String body, String partner) throws IOException {
        try {
            return json.readValue(body, WitnessHeld.class).checkpointId();
        } catch (JacksonException e) {
            throw new IOException(partner + " answered something other than the checkpoint it holds", e);
        }
    }
}
