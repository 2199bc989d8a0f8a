package org.liaison.exchange.trust;

import java.io.IOException;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liaison.exchange.outbound.FederationClient;
import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps partner keys current. Peers named in {@code liaison.exchange.peers} (the demo's loopback nodes) are
 * trusted on first use: their key export is fetched and pinned without an out-of-band check, which is
 * acceptable for a demo on one machine only (see ADR 0006). Trusted partners' exports are re-read every minute
 * and keys they add are pinned when a key already pinned signed them, so a partner's rotation reaches us.
 */
@Component
public class PeerBootstrap {

    private static final Logger log = LoggerFactory.getLogger(PeerBootstrap.class);

    private final PartnerTrust trust;
    private final Partners partners;
    private final Map<String, String> peers;

    PeerBootstrap(PartnerTrust trust, Partners partners, ExchangeSettings settings) {
        this.trust = trust;
        this.partners = partners;
        this.peers = settings.peers();
        if (!peers.isEmpty()) {
            log.warn("Trusting peers {} on first use: for a demo on loopback only, never between real nodes", peers.keySet());
        }
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${liaison.exchange.peer-retry:PT2S}")
    public void pinConfiguredPeers() { // public so that the scheduler's proxy surely intercepts it
        peers.forEach((nodeId, baseUrl) -> {
            if (partners.keysOf(nodeId).isEmpty()) {
                try {
                    log.info("Pinned keys {} of peer {} on first use", trust.trustOnFirstUse(nodeId, baseUrl), nodeId);
                } catch (IOException | DomainException e) {
                    log.debug("peer {} not reachable yet: {}", nodeId, e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    @Scheduled(initialDelayString = "${liaison.exchange.key-refresh:PT1M}", fixedDelayString = "${liaison.exchange.key-refresh:PT1M}")
    @SchedulerLock(name = "exchange-key-refresh", lockAtMostFor = "PT5M",
            lockAtLeastFor = "#{T(org.liaison.audit.SchedulerLocks).atLeast('${liaison.exchange.key-refresh:PT1M}', 'PT5M')}")
    public void refreshPartnerKeys() {
        for (var partner : partners.all()) {
            if (!partner.trusted()) {
                continue;
            }
            try {
                var added = trust.refresh(partner);
                if (!added.isEmpty()) {
                    log.info("Pinned new keys {} of {} from its signed export", added, partner.nodeId());
                }
            } catch (IOException | DomainException e) {
                log.info("could not refresh the keys of {}: {}", partner.nodeId(),
                        e.getMessage() != null ? e.getMessage() : FederationClient.describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
