package org.liaison.cases.internal;

import java.util.Objects;
import java.util.UUID;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CrimeCase;
import org.liaison.cases.EvidenceDraft;
import org.liaison.cases.EvidenceItem;
import org.liaison.cases.HandOver;
import org.liaison.cases.HandOverDraft;
import org.liaison.cases.LinkedPerson;
import org.liaison.cases.PersonDraft;
import org.liaison.cases.SeizureDraft;
import org.liaison.cases.Seizure;
import org.liaison.cases.Vehicle;
import org.liaison.cases.VehicleDraft;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/** Links persons, vehicles, seizures and evidence to an open case and appends hand-overs, each audited. */
@Component
public class CaseParts {

    private final CaseWork work;
    private final CaseLinks links;
    private final Custody custody;
    private final AuditTrail audit;
    private final ThisNode node;

    CaseParts(CaseWork work, CaseLinks links, Custody custody, AuditTrail audit, ThisNode node) {
        this.work = work;
        this.links = links;
        this.custody = custody;
        this.audit = audit;
        this.node = node;
    }

    public LinkedPerson addPerson(CaseId id, PersonDraft d) {
        open(id);
        var person = new LinkedPerson(UUID.randomUUID(), id, Objects.requireNonNull(d.role()), d.nameOriginal(),
                d.latinName(), d.nationality(), d.dateOfBirth(), d.documentList());
        links.insert(person, actor(), work.now());
        audit.record(AuditAction.CASE_PERSON_LINKED, "case:" + id, "person=" + person.id() + " role=" + person.role()
                + " nationality=" + person.nationality());
        return person;
    }

    public Vehicle addVehicle(CaseId id, VehicleDraft d) {
        open(id);
        var vehicle = new Vehicle(UUID.randomUUID(), id, Objects.requireNonNull(d.kind()), d.plate(), d.country(),
                d.description());
        links.insert(vehicle, actor(), work.now());
        audit.record(AuditAction.CASE_VEHICLE_LINKED, "case:" + id, "vehicle=" + vehicle.id() + " kind="
                + vehicle.kind() + " plate=" + vehicle.plate() + " country=" + vehicle.country());
        return vehicle;
    }

    public Seizure addSeizure(CaseId id, SeizureDraft d) {
        open(id);
        d.requireConsistent(work.today());
        var seizure = new Seizure(UUID.randomUUID(), id, Objects.requireNonNull(d.item()), d.species(),
                Objects.requireNonNull(d.quantity()), Objects.requireNonNull(d.unit()), d.estimatedValue(), d.currency(),
                Objects.requireNonNull(d.seizedOn()), d.lot());
        links.insert(seizure, actor(), work.now());
        audit.record(AuditAction.CASE_SEIZURE_RECORDED, "case:" + id, "seizure=" + seizure.id() + " item="
                + seizure.item() + (seizure.species() == null ? "" : " species=" + seizure.species()) + " quantity="
                + seizure.quantity().toPlainString() + " " + seizure.unit()
                + (seizure.estimatedValue() == null ? "" : " value=" + seizure.estimatedValue().toPlainString() + " "
                + seizure.currency()) + (seizure.lot() == null ? "" : " lot=" + seizure.lot()));
        return seizure;
    }

    /** A new evidence item whose chain starts with the recording officer handing it to its first holder. */
    public EvidenceItem addEvidence(CaseId id, EvidenceDraft d) {
        open(id);
        var label = Objects.requireNonNull(d.label());
        if (custody.labelTaken(id, label)) {
            throw new InvalidInput("the case already has an evidence item labelled " + label);
        }
        var evidence = UUID.randomUUID();
        var now = work.now();
        custody.insert(id, evidence, label, Objects.requireNonNull(d.description()), actor(), now);
        custody.append(evidence, new HandOver(1, actor(), Objects.requireNonNull(d.holder()), now,
                Objects.requireNonNull(d.place()), null, actor(), now));
        audit.record(AuditAction.CASE_EVIDENCE_REGISTERED, "case:" + id, "evidence=" + evidence + " label=" + label
                + " holder=" + d.holder());
        return custody.lock(id, evidence).orElseThrow();
    }

    /** Appends a hand-over from the current holder; it cannot predate the last one, nor lie in the future. */
    public EvidenceItem handOver(CaseId id, UUID evidence, HandOverDraft d) {
        work.locked(id);
        var item = custody.lock(id, evidence).orElseThrow(() -> new NotFound("evidence item", evidence));
        var at = Objects.requireNonNull(d.handedAt()).atZone(node.zone()).toInstant();
        var last = item.chain().getLast();
        if (at.isBefore(last.handedAt())) {
            throw new InvalidInput("a hand-over cannot come before the last one");
        }
        if (at.isAfter(work.now())) {
            throw new InvalidInput("a hand-over cannot be in the future");
        }
        var link = new HandOver(last.seq() + 1, last.toHolder(), Objects.requireNonNull(d.toHolder()), at,
                Objects.requireNonNull(d.place()), d.note(), actor(), work.now());
        custody.append(evidence, link);
        audit.record(AuditAction.EVIDENCE_HANDED_OVER, "evidence:" + evidence, "link=" + link.seq() + " from="
                + link.fromHolder() + " to=" + link.toHolder() + " place=" + link.place());
        return custody.lock(id, evidence).orElseThrow();
    }

    /** The case, locked, visible to the caller and not closed: a closed case is reopened before it changes. */
    private CrimeCase open(CaseId id) {
        var c = work.locked(id);
        if (c.status() == CaseStatus.CLOSED) {
            throw new Conflict("case " + c.number() + " is closed; reopen it to change it");
        }
        return c;
    }

    private static String actor() {
        return Reach.current().actor();
    }
}
