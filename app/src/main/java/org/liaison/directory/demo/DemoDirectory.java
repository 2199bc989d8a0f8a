package org.liaison.directory.demo;

import java.util.List;
import java.util.UUID;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.ContactPointDraft;
import org.liaison.directory.Node;
import org.liaison.directory.NodeId;
import org.liaison.directory.NodeStatus;
import org.liaison.directory.store.ContactPoints;
import org.liaison.directory.store.Nodes;
import org.liaison.node.Seeding;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo federation on loopback: the three nodes and fictional contact points. Only with
 * {@code liaison.demo.enabled=true}; safe at every start because it only inserts what is missing, and instances
 * that start together take turns ({@link Seeding}).
 * Contact data is deliberately unreal ({@code example.invalid}, {@code +000}), so it cannot be mistaken for live.
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoDirectory {

    private static final List<String> NODES = List.of("KH-1", "LA-1", "VN-1");
    private static final List<String> DEFAULT_URLS = List.of("http://localhost:8081", "http://localhost:8082",
            "http://localhost:8083");

    private final Nodes nodes;
    private final ContactPoints contactPoints;
    private final AuditTrail auditTrail;
    private final Seeding seeding;
    private final Environment environment;

    DemoDirectory(Nodes nodes, ContactPoints contactPoints, AuditTrail auditTrail, Seeding seeding,
                  Environment environment) {
        this.nodes = nodes;
        this.contactPoints = contactPoints;
        this.auditTrail = auditTrail;
        this.seeding = seeding;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        seeding.run("demo-directory", () -> {
            int added = 0;
            for (int i = 0; i < NODES.size(); i++) {
                var id = NodeId.of(NODES.get(i));
                var url = environment.getProperty("liaison.demo.nodes." + id, DEFAULT_URLS.get(i));
                added += nodes.insertIfAbsent(new Node(id, id.country(), url, null, NodeStatus.ACTIVE)) ? 1 : 0;
            }
            for (var contact : DemoContactPoints.ALL) {
                added += contactPoints.insertIfAbsent(contact.id(), contact.draft()) ? 1 : 0;
            }
            if (added > 0) {
                auditTrail.record(AuditAction.DEMO_DATA_LOADED, "directory", "rows=" + added);
            }
        });
    }

    /** A demo contact point under a fixed id, so that a second start finds it instead of adding another. */
    record DemoContactPoint(UUID id, ContactPointDraft draft) {
    }
}
