package org.liaison.exchange.trust;

import java.io.IOException;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.outbound.FederationClient;
import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Follows a partner's key rotation the moment its signatures name a key not pinned here, instead of refusing
 * them as {@code UNKNOWN_KEY} until the scheduled refresh: the partner's signed key export is fetched and what
 * a key pinned here signed is pinned. Bounded: one fetch per trusted partner per
 * {@code liaison.exchange.key-refetch-interval} on each instance, so a sender that makes up key ids cannot make
 * this node fetch on every request. The bound is per instance and in memory on purpose: it guards this
 * instance's work, and what is pinned goes to the database, where every instance sees it.
 */
@Component
class KeyRefetch {

    private static final Logger log = LoggerFactory.getLogger(KeyRefetch.class);

    private final Partners partners;
    private final PartnerTrust trust;
    private final OncePerInterval fetches;

    KeyRefetch(Partners partners, PartnerTrust trust, ExchangeSettings settings, Clock clock) {
        this.partners = partners;
        this.trust = trust;
        this.fetches = new OncePerInterval(settings.keyRefetchInterval(), clock);
    }

    /**
     * Whether the export of {@code claimedNode} (not verified yet: whom the signed content claims to come from)
     * was fetched just now, so the keys pinned for {@code kid} are worth looking up again.
     */
    boolean refetched(@Nullable String claimedNode, String kid) {
        var partner = claimedNode == null ? null : partners.find(claimedNode).filter(Partners.Partner::trusted).orElse(null);
        if (partner == null || !fetches.take(partner.nodeId())) {
            return false;
        }
        try {
            var added = trust.refresh(partner);
            log.info("{} signed with key {}, not pinned here: fetched its key export, pinned {}", partner.nodeId(), kid,
                    added.isEmpty() ? "nothing new" : added);
            return true;
        } catch (IOException | DomainException e) {
            log.warn("{} signed with key {}, not pinned here, and its keys could not be refreshed: {}", partner.nodeId(),
                    kid, e.getMessage() != null ? e.getMessage() : FederationClient.describe(e));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
