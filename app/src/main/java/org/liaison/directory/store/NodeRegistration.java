package org.liaison.directory.store;

import java.util.Objects;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.Node;
import org.liaison.directory.NodeId;
import org.liaison.directory.NodeStatus;
import org.liaison.node.NodeKeys;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's own row in the directory current at every start, so partners and pages always see the
 * key it actually signs with. Unchanged rows are left alone, so restarts do not flood the audit trail. The
 * address is the configured public base URL, the same on every instance; an instance that only guesses its
 * address registers it when the row is new but never replaces one already there. Instances that start
 * together take turns ({@link Seeding}), so the second finds the row the first wrote.
 */
@Component
class NodeRegistration {

    private static final Logger log = LoggerFactory.getLogger(NodeRegistration.class);

    private final Nodes nodes;
    private final ThisNode thisNode;
    private final NodeKeys keys;
    private final AuditTrail auditTrail;
    private final Seeding seeding;

    NodeRegistration(Nodes nodes, ThisNode thisNode, NodeKeys keys, AuditTrail auditTrail,
                     Seeding seeding) {
        this.nodes = nodes;
        this.thisNode = thisNode;
        this.keys = keys;
        this.auditTrail = auditTrail;
        this.seeding = seeding;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerThisNode() {
        seeding.run("directory-this-node", () -> upsert(new Node(NodeId.of(thisNode.id()), thisNode.country(),
                thisNode.baseUrl(), activePublicJwk(), NodeStatus.ACTIVE)));
    }

    private String activePublicJwk() {
        var kid = keys.active().kid();
        return keys.publicJwk(kid).orElseThrow(() -> new IllegalStateException("the active key " + kid + " is not stored"));
    }

    private void upsert(Node self) {
        var details = "baseUrl=" + self.baseUrl() + " key=" + self.fingerprint();
        if (nodes.insertIfAbsent(self)) {
            auditTrail.record(AuditAction.NODE_REGISTERED, self.id().value(), details);
            return;
        }
        var known = nodes.find(self.id()).orElse(self);
        var baseUrl = thisNode.baseUrlConfigured() ? self.baseUrl() : known.baseUrl();
        if (!baseUrl.equals(self.baseUrl())) {
            log.warn("This instance guesses {} as its address; the directory keeps {}: set LIAISON_BASE_URL",
                    self.baseUrl(), baseUrl);
        }
        if (!known.baseUrl().equals(baseUrl) || !Objects.equals(known.publicJwk(), self.publicJwk())) {
            // An administrator's suspension stands: the node only refreshes where it answers and its key.
            var updated = new Node(self.id(), self.country(), baseUrl, self.publicJwk(), known.status());
            nodes.update(updated);
            auditTrail.record(AuditAction.NODE_UPDATED, self.id().value(),
                    "baseUrl=" + baseUrl + " key=" + updated.fingerprint());
        }
    }
}
