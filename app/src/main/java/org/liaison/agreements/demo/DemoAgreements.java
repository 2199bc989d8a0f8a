package org.liaison.agreements.demo;

import java.time.LocalDate;
import java.util.List;

import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.LinkKind;
import org.liaison.agreements.internal.Agreements;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.liaison.shared.NodeTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The agreements of the seed articles, registered through the registry like an officer would, on each
 * node that is party to them. Only with {@code liaison.demo.enabled=true}; skips what is already there, also when
 * several instances of the node start together ({@link Seeding}).
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoAgreements {

    private final AgreementRegistry registry;
    private final Agreements agreements;
    private final ThisNode node;
    private final Seeding seeding;

    DemoAgreements(AgreementRegistry registry, Agreements agreements, ThisNode node, Seeding seeding) {
        this.registry = registry;
        this.agreements = agreements;
        this.node = node;
        this.seeding = seeding;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        NodeTask.run("demo", () -> seeding.run("demo-agreements", () -> {
            for (var demo : SeedAgreements.all()) {
                boolean ours = demo.draft().parties().stream().anyMatch(p -> p.country().equals(node.country()));
                if (ours && !agreements.exists(demo.draft().reference())) {
                    register(demo);
                }
                if (ours) {
                    registry.markAssumed(demo.draft().reference(), demo.assumed());
                }
            }
            SeedAgreements.links().forEach(link -> {
                if (agreements.exists(link.from()) && agreements.exists(link.to())) {
                    registry.link(link.from(), link.kind(), link.to());
                }
            });
        }));
    }

    private void register(SeedAgreements.Seed demo) {
        var id = demo.draft().reference();
        registry.register(demo.draft());
        demo.signatories().forEach(s -> registry.addSignatory(id, s));
        demo.clauses().forEach(c -> registry.addClause(id, c));
        for (var step : demo.lifecycle()) {
            registry.changeStatus(id, step.status(), step.on(), step.note());
        }
    }

    record Step(AgreementStatus status, LocalDate on, String note) {
    }

    record Link(AgreementId from, LinkKind kind, AgreementId to) {
    }

    static List<Step> steps(Step... steps) {
        return List.of(steps);
    }
}
