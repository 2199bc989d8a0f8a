package org.liaison.exchange.outbound;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.liaison.exchange.trust.KeyExports;
import org.liaison.exchange.trust.Partners;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Partners this instance could not reach, and what happens when they answer again. While a partner is down
 * its messages back off one by one, each up to {@code backoff-max}; once it is back, waiting them out would
 * let the backlog trickle in for as long again. So the first delivery that reaches the partner, or the first
 * probe of its key export that does ({@code probe-interval}), makes all its waiting messages due at once,
 * and the delivery loops drain them at full speed, each conversation still in order (only the claim's timing
 * changes). Kept per instance: every instance that retried a partner notices its return on its own.
 */
@Component
class Outages {

    private static final Logger log = LoggerFactory.getLogger(Outages.class);

    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final Deliveries deliveries;
    private final Partners partners;
    private final FederationClient client;
    private final Clock clock;

    Outages(Deliveries deliveries, Partners partners, FederationClient client, Clock clock) {
        this.deliveries = deliveries;
        this.partners = partners;
        this.client = client;
        this.clock = clock;
    }

    /** A delivery to the partner failed in transit: its messages now back off. */
    void unreachable(String partner) {
        if (down.add(partner)) {
            log.info("{} cannot be reached; its messages wait and it is probed until it answers", partner);
        }
    }

    /** A delivery reached the partner: if it had been down, its waiting messages are due now; true if any were. */
    boolean reached(String partner) {
        if (!down.remove(partner)) {
            return false;
        }
        var due = deliveries.dueNow(partner, Instant.now(clock));
        log.info("{} answers again; {} waiting messages are due now", partner, due);
        return due > 0;
    }

    /** Asks each partner that was down for its key export, a cheap request that needs no message. */
    @Scheduled(fixedDelayString = "${liaison.exchange.probe-interval:PT5S}", initialDelayString = "${liaison.exchange.probe-interval:PT5S}")
    void probe() {
        for (var partner : down) {
            var baseUrl = partners.find(partner).filter(Partners.Partner::trusted).map(Partners.Partner::baseUrl);
            if (baseUrl.isEmpty()) {
                down.remove(partner);
            } else if (answers(baseUrl.get())) {
                reached(partner);
            }
        }
    }

    private boolean answers(String baseUrl) {
        try {
            return client.get(baseUrl, KeyExports.PATH).status() == 200;
        } catch (IOException | EnvelopeRejected e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
