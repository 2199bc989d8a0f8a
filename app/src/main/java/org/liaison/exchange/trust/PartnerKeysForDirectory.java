package org.liaison.exchange.trust;

import java.util.List;

import org.liaison.directory.NodeId;
import org.liaison.directory.PinnedKeys;
import org.springframework.stereotype.Component;

/** Tells the directory which keys the exchange pinned for each partner node, so its node list shows them. */
@Component
class PartnerKeysForDirectory implements PinnedKeys {

    private final Partners partners;

    PartnerKeysForDirectory(Partners partners) {
        this.partners = partners;
    }

    @Override
    public List<Key> of(NodeId node) {
        return partners.keysOf(node.value()).stream().filter(Partners.PinnedKey::pinned)
                .map(k -> new Key(k.algorithm(), k.fingerprint(), k.pinnedAt())).toList();
    }
}
