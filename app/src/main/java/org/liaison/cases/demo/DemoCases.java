package org.liaison.cases.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CrimeCase;
import org.liaison.cases.LinkedPerson;
import org.liaison.cases.Place;
import org.liaison.cases.Seizure;
import org.liaison.cases.Vehicle;
import org.liaison.cases.internal.CaseLinks;
import org.liaison.cases.internal.CaseRecords;
import org.liaison.directory.AgencyId;
import org.liaison.directory.Checkpoint;
import org.liaison.directory.Directory;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.liaison.shared.NodeTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the cases of {@link DemoCaseData} led by this node's agencies, each with its "assumed for the demo"
 * note. Only with {@code liaison.demo.enabled=true}; safe at every start (fixed ids, only what is missing is
 * inserted), and instances that start together take turns ({@link Seeding}).
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoCases {

    private final CaseRecords cases;
    private final CaseLinks links;
    private final Directory directory;
    private final AuditTrail audit;
    private final Seeding seeding;
    private final ThisNode node;

    DemoCases(CaseRecords cases, CaseLinks links, Directory directory, AuditTrail audit, Seeding seeding,
              ThisNode node) {
        this.cases = cases;
        this.links = links;
        this.directory = directory;
        this.audit = audit;
        this.seeding = seeding;
        this.node = node;
    }

    /** Runs as the node itself: nobody is signed in when the application starts. */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        NodeTask.run("demo", () -> seeding.run("demo-cases", () -> {
            int added = 0;
            for (var seed : DemoCaseData.forCountry(node.country())) {
                added += load(seed);
            }
            if (added > 0) {
                audit.record(AuditAction.DEMO_DATA_LOADED, "node:" + node.id(), "cases rows=" + added);
            }
        }));
    }

    private int load(DemoCaseData.Seed seed) {
        var id = new CaseId(id(seed.key()));
        if (cases.exists(id)) {
            return 0;
        }
        var place = new Place(seed.province(), seed.district(), checkpoint(seed).map(Checkpoint::id).orElse(null),
                seed.latitude(), seed.longitude(), seed.unguarded());
        var details = new CaseDetails(seed.type(), seed.title(), seed.summary(), AgencyId.of(seed.lead()), List.of(),
                place, seed.occurred(), seed.occurred().plusDays(1));
        var at = seed.occurred().plusDays(1).atTime(9, 0).atZone(node.zone()).toInstant();
        cases.insert(new CrimeCase(id, seed.number(), details, seed.status(),
                seed.status() == CaseStatus.CLOSED ? seed.occurred().plusDays(30) : null,
                "Assumed for the demo: " + seed.assumed() + ".", "system:demo", at));
        int n = 0;
        for (var p : seed.persons()) {
            links.insert(new LinkedPerson(id(seed.key() + "/person/" + n++), id, p.role(), p.original(), p.latin(),
                    p.nationality(), p.born(), p.documents()), "system:demo", at);
        }
        for (var v : seed.vehicles()) {
            links.insert(new Vehicle(id(seed.key() + "/vehicle/" + n++), id, v.kind(), v.plate(), v.country(),
                    v.description()), "system:demo", at);
        }
        for (var s : seed.seized()) {
            links.insert(new Seizure(id(seed.key() + "/seizure/" + n++), id, s.item(), null, s.quantity(), s.unit(),
                    s.value(), s.currency(), s.on(), s.lot()), "system:demo", at);
        }
        return 1 + n;
    }

    private Optional<Checkpoint> checkpoint(DemoCaseData.Seed seed) {
        return seed.checkpoint() == null ? Optional.empty() : directory.checkpoints(seed.country(), null).stream()
                .filter(cp -> cp.a().name().equals(seed.checkpoint()) || cp.b().name().equals(seed.checkpoint()))
                .findFirst();
    }

    /** A stable id per demo item, the same on every node, so a second start finds what the first inserted. */
    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo-cases:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
