package org.liaison.exchange.inbound;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liaison.directory.AgencyId;
import org.liaison.directory.Directory;
import org.liaison.exchange.trust.Partners;

/**
 * What the checks of one delivery look up, each once however many envelopes the delivery carries: the
 * pinned keys with a key id, and whether an agency is one of this node's. Made for one delivery and then
 * dropped, never kept across deliveries, so a key revoked or an agency removed counts from the next one.
 */
final class DeliveryLookups {

    private final Partners partners;
    private final Directory directory;
    private final Map<String, List<Partners.PinnedKey>> keys = new HashMap<>();
    private final Map<AgencyId, Boolean> agencies = new HashMap<>();

    DeliveryLookups(Partners partners, Directory directory) {
        this.partners = partners;
        this.directory = directory;
    }

    /** Keys found are kept for the delivery; none found is asked again (the key may be pinned meanwhile). */
    List<Partners.PinnedKey> keysWithId(String kid) {
        var found = keys.get(kid);
        if (found == null) {
            found = partners.keysWithId(kid);
            if (!found.isEmpty()) {
                keys.put(kid, found);
            }
        }
        return found;
    }

    boolean isAgency(AgencyId id) {
        return agencies.computeIfAbsent(id, a -> directory.agency(a).isPresent());
    }
}
