package org.liaison.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Conflict;

/**
 * A case, the aggregate: its details and where it stands. It guards its own lifecycle ({@link CaseStatus}) and
 * records what happened as events, which the facade publishes once the change is stored.
 */
public final class CrimeCase {

    private final CaseId id;
    private final String number;
    private CaseDetails details;
    private CaseStatus status;
    private @Nullable LocalDate closedOn;
    private final @Nullable String demoNote;
    private final String openedBy;
    private final Instant openedAt;
    private final List<CaseEvent> events = new ArrayList<>();

    public CrimeCase(CaseId id, String number, CaseDetails details, CaseStatus status, @Nullable LocalDate closedOn,
                     @Nullable String demoNote, String openedBy, Instant openedAt) {
        this.id = id;
        this.number = number;
        this.details = details;
        this.status = status;
        this.closedOn = closedOn;
        this.demoNote = demoNote;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** A new case, reported, for its lead agency. */
    public static CrimeCase open(String number, CaseDetails details, @Nullable String demoNote, String by, Instant at) {
        var opened = new CrimeCase(CaseId.random(), number, details, CaseStatus.REPORTED, null, demoNote, by, at);
        opened.events.add(new CaseOpened(opened.id, by, details.type(), details.leadAgency().value()));
        return opened;
    }

    /** New details; a closed case is the record of what was done and is reopened before it changes. */
    public void revise(CaseDetails revised) {
        if (status == CaseStatus.CLOSED) {
            throw new Conflict("case " + number + " is closed; reopen it to change it");
        }
        details = revised;
    }

    public void startInvestigation(String by) {
        require(CaseStatus.INVESTIGATING);
        status = CaseStatus.INVESTIGATING;
        events.add(new InvestigationStarted(id, by));
    }

    public void referToProsecution(String by) {
        require(CaseStatus.REFERRED);
        status = CaseStatus.REFERRED;
        events.add(new CaseReferredToProsecution(id, by));
    }

    public void close(String by, String reason, LocalDate today) {
        require(CaseStatus.CLOSED);
        status = CaseStatus.CLOSED;
        closedOn = today;
        events.add(new CaseClosed(id, by, reason));
    }

    public void reopen(String by, String reason) {
        if (status != CaseStatus.CLOSED) {
            throw new Conflict("case " + number + " is " + status + ", not closed: nothing to reopen");
        }
        status = CaseStatus.INVESTIGATING;
        closedOn = null;
        events.add(new CaseReopened(id, by, reason));
    }

    /** The one transition that leads to {@code target}, or a conflict that says which ones are possible. */
    public void moveTo(CaseStatus target, String by, String reason, LocalDate today) {
        switch (target) {
            case INVESTIGATING -> {
                if (status == CaseStatus.CLOSED) {
                    reopen(by, reason);
                } else {
                    startInvestigation(by);
                }
            }
            case REFERRED -> referToProsecution(by);
            case CLOSED -> close(by, reason, today);
            case REPORTED -> require(CaseStatus.REPORTED);
        }
    }

    private void require(CaseStatus target) {
        if (!status.canMoveTo(target)) {
            throw new Conflict("a case that is " + status + " cannot become " + target + "; it can become " + status.next());
        }
    }

    /** The events recorded since the last call, to publish once stored. */
    public List<CaseEvent> takeEvents() {
        var taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public CaseId id() { return id; }
    public String number() { return number; }
    public CaseDetails details() { return details; }
    public CaseStatus status() { return status; }
    public @Nullable LocalDate closedOn() { return closedOn; }
    public @Nullable String demoNote() { return demoNote; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public CaseType type() { return details.type(); }
    public String title() { return details.title(); }
    public org.liaison.directory.AgencyId leadAgency() { return details.leadAgency(); }
    public Place place() { return details.place(); }
    public LocalDate occurredOn() { return details.occurredOn(); }
}
