package org.liaison.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.cases.CaseDetails;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CrimeCase;
import org.liaison.directory.Directory;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens, revises and moves cases for the facade, inside its transaction: checks what only the directory knows
 * (the agency, the checkpoint), stores the aggregate, audits, and publishes the events the aggregate recorded.
 */
@Component
public class CaseWork {

    private final CaseRecords cases;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ThisNode node;
    private final Clock clock;

    CaseWork(CaseRecords cases, Directory directory, AuditTrail audit, ApplicationEventPublisher events, ThisNode node,
             Clock clock) {
        this.cases = cases;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.node = node;
        this.clock = clock;
    }

    /** Today in the node's time zone: no case date may lie after it. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(node.zone()));
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public CrimeCase open(CaseDetails details, @Nullable String demoNote) {
        check(details);
        var opened = CrimeCase.open(cases.nextNumber(details.leadAgency(), details.reportedOn().getYear()), details,
                demoNote, Reach.current().actor(), now());
        cases.insert(opened);
        audit.record(AuditAction.CASE_OPENED, "case:" + opened.id(), "number=" + opened.number() + " type="
                + details.type() + " lead=" + details.leadAgency() + " occurred=" + details.occurredOn());
        publish(opened);
        return opened;
    }

    public CrimeCase revise(CaseId id, CaseDetails details) {
        var current = locked(id);
        check(details);
        current.revise(details);
        cases.update(current);
        audit.record(AuditAction.CASE_REVISED, "case:" + id, "number=" + current.number() + " type=" + details.type()
                + " lead=" + details.leadAgency());
        return current;
    }

    public CrimeCase move(CaseId id, CaseStatus target, String reason) {
        var current = locked(id);
        var before = current.status();
        current.moveTo(target, Reach.current().actor(), reason, today());
        cases.update(current);
        audit.record(AuditAction.CASE_STATUS_CHANGED, "case:" + id, before + " → " + target + ": " + reason);
        publish(current);
        return current;
    }

    /** The case, locked, if the caller may see it; "not found" otherwise, so nothing tells it exists. */
    public CrimeCase locked(CaseId id) {
        return cases.lockVisible(id).orElseThrow(() -> new NotFound("case", id));
    }

    private void check(CaseDetails details) {
        details.requireNotAfter(today());
        var lead = details.leadAgency();
        if (directory.agency(lead).isEmpty()) {
            throw new InvalidInput("unknown agency: " + lead);
        }
        if (!Reach.current().covers(lead)) {
            throw new Forbidden("you do not act for " + lead + ": a case is led by your agency or one below it");
        }
        var checkpoint = details.place().checkpoint();
        if (checkpoint != null && directory.checkpoint(checkpoint).isEmpty()) {
            throw new InvalidInput("unknown checkpoint: " + checkpoint);
        }
    }

    private void publish(CrimeCase c) {
        c.takeEvents().forEach(events::publishEvent);
    }
}
