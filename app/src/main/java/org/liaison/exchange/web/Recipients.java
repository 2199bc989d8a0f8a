package org.liaison.exchange.web;

import java.util.List;

import org.liaison.directory.Agency;
import org.liaison.directory.Directory;
import org.liaison.exchange.trust.Partners;
import org.liaison.node.ThisNode;
import org.springframework.stereotype.Component;

/** The agencies an officer can write to: those of countries whose node this node trusts. */
@Component
class Recipients {

    private final Directory directory;
    private final Partners partners;
    private final ThisNode node;

    Recipients(Directory directory, Partners partners, ThisNode node) {
        this.directory = directory;
        this.partners = partners;
        this.node = node;
    }

    List<Agency> forOfficer() {
        var countries = partners.all().stream().filter(Partners.Partner::trusted).map(p -> p.nodeId().substring(0, 2))
                .filter(c -> !c.equals(node.country())).distinct().toList();
        return directory.agencies().stream().filter(a -> countries.contains(a.id().country())).toList();
    }
}
