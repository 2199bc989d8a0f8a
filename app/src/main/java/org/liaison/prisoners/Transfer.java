package org.liaison.prisoners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;
import org.liaison.prisoners.TransferEvents.TransferApproved;
import org.liaison.prisoners.TransferEvents.TransferDocumentsRequested;
import org.liaison.prisoners.TransferEvents.TransferDocumentsSupplied;
import org.liaison.prisoners.TransferEvents.TransferRequested;
import org.liaison.prisoners.TransferEvents.TransferStepApproved;
import org.liaison.prisoners.TransferEvents.TransferStepReachedPartner;
import org.liaison.prisoners.TransferEvents.TransferStepRefused;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;

/**
 * A transfer case: one prisoner, one agreement, and the approval chain both states configured for it. The chain is
 * walked in order; only the step now waiting may decide, once (a replayed or out-of-order decision is a
 * {@link Conflict}), and a refusal closes the case. Each move registers its past-tense event, which the module
 * turns into audit entries and, for the partner's steps, into messages. Its JSON is its fields, without the events.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class Transfer {

    private final TransferId id;
    private final PrisonerId prisoner;
    private final AgreementId agreement;
    private final String sendingCountry;
    private final List<ChainStep> steps;
    private TransferStatus status;
    private @Nullable Adaptation adaptation;
    private @Nullable String closingNote;
    private @Nullable Handover handover;
    private final int version;
    @JsonIgnore
    private final List<TransferEvents> events = new ArrayList<>();

    /** A case as stored; {@link #open} starts a new one. */
    public Transfer(TransferId id, PrisonerId prisoner, AgreementId agreement, String sendingCountry,
                    List<ChainStep> steps, TransferStatus status, @Nullable Adaptation adaptation,
                    @Nullable String closingNote, @Nullable Handover handover, int version) {
        if (steps.isEmpty()) {
            throw new InvalidInput("a transfer needs at least one step in its approval chain");
        }
        this.id = id;
        this.prisoner = prisoner;
        this.agreement = agreement;
        this.sendingCountry = sendingCountry;
        this.steps = new ArrayList<>(steps);
        this.status = status;
        this.adaptation = adaptation;
        this.closingNote = closingNote;
        this.handover = handover;
        this.version = version;
    }

    /** Opens a case for a prisoner found eligible; the chain's first agency decides first. */
    public static Transfer open(TransferId id, Prisoner prisoner, Eligibility eligibility, List<AgencyId> chain,
                                Instant at) {
        if (!eligibility.eligible()) {
            throw new Conflict("the prisoner is not eligible for transfer under " + eligibility.agreement());
        }
        var steps = new ArrayList<ChainStep>();
        for (int i = 0; i < chain.size(); i++) {
            steps.add(ChainStep.waiting(i + 1, chain.get(i)));
        }
        var transfer = new Transfer(id, prisoner.id(), eligibility.agreement(),
                prisoner.administration().country(), steps, TransferStatus.IN_PROGRESS, null, null, null, 0);
        transfer.events.add(new TransferRequested(id, prisoner.id(), chain.getFirst(), at));
        transfer.announceIfPartner();
        return transfer;
    }

    /** The step now waiting for a decision (or for documents); empty once the case is closed. */
    public Optional<ChainStep> current() {
        return status.closed() ? Optional.empty()
                : steps.stream().filter(s -> s.state() != StepState.APPROVED).findFirst();
    }

    public void approve(int position, String by, Instant at) {
        approve(position, by, at, null);
    }

    /**
     * Approves the waiting step; the receiving state's acceptance says how it will enforce the sentence. The
     * adaptation is kept only from a step of the partner state.
     */
    public void approve(int position, String by, Instant at, @Nullable Adaptation adaptation) {
        var step = deciding(position, StepState.WAITING);
        if (adaptation != null && atPartner(step)) {
            this.adaptation = adaptation;
        }
        replace(step.decided(StepState.APPROVED, null, by, at));
        events.add(new TransferStepApproved(id, position, step.agency(), by, at));
        if (steps.stream().allMatch(s -> s.state() == StepState.APPROVED)) {
            status = TransferStatus.APPROVED;
            events.add(new TransferApproved(id, prisoner, at));
        } else {
            announceIfPartner();
        }
    }

    public void refuse(int position, String reasons, String by, Instant at) {
        var step = deciding(position, null);
        replace(step.decided(StepState.REFUSED, required(reasons, "the reasons for a refusal"), by, at));
        status = TransferStatus.REFUSED;
        events.add(new TransferStepRefused(id, position, step.agency(), reasons.strip(), by, at));
    }

    public void askForDocuments(int position, String documents, String by, Instant at) {
        var step = deciding(position, StepState.WAITING);
        replace(step.decided(StepState.DOCUMENTS_REQUESTED, required(documents, "which documents"), by, at));
        status = TransferStatus.DOCUMENTS_REQUESTED;
        events.add(new TransferDocumentsRequested(id, position, step.agency(), documents.strip(), by, at));
    }

    /** The documents the step asked for were supplied: it waits for its decision again. */
    public void documentsSupplied(int position, String by, Instant at) {
        var step = deciding(position, StepState.DOCUMENTS_REQUESTED);
        replace(new ChainStep(position, step.agency(), StepState.WAITING, step.note(), by, at));
        status = TransferStatus.IN_PROGRESS;
        events.add(new TransferDocumentsSupplied(id, position, step.agency(), by, at));
        announceIfPartner();
    }

    /** The prisoner withdrew consent: the open case closes, whatever step waits. */
    public void withdraw(String reason, String by, Instant at) {
        if (status.closed()) {
            throw new Conflict("transfer " + id + " is " + status + ": it cannot be withdrawn");
        }
        status = TransferStatus.WITHDRAWN;
        closingNote = required(reason, "why consent was withdrawn");
        events.add(new TransferEvents.TransferWithdrawn(id, prisoner, closingNote, by, at));
    }

    /**
     * The sending state proposes where and when it hands the prisoner over, and with which escorts, once both chains
     * approved; it may propose again until the receiving state agreed.
     */
    public void scheduleHandover(String checkpoint, Instant when, String escorts, String by, Instant at) {
        if (status != TransferStatus.APPROVED) {
            throw new Conflict("transfer " + id + " is " + status + ": a hand-over follows the approval of both chains");
        }
        if (handover != null && handover.state() != Handover.State.PROPOSED) {
            throw new Conflict("the hand-over of transfer " + id + " was agreed already");
        }
        handover = new Handover(required(checkpoint, "the checkpoint"), when, required(escorts, "the escorts"),
                Handover.State.PROPOSED, null, null);
        events.add(new TransferEvents.HandoverScheduled(id, handover, by, at));
    }

    /** The receiving state agreed to the proposed checkpoint, time and escorts. */
    public void handoverAgreed(String by, Instant at) {
        handover = handoverIn(Handover.State.PROPOSED).moved(Handover.State.AGREED, null, null);
        events.add(new TransferEvents.HandoverConfirmed(id, Handover.State.AGREED, by, at));
    }

    /** The sending side confirms it handed the prisoner over: its officers, the documents and the property. */
    public void handedOver(String record, String by, Instant at) {
        handover = handoverIn(Handover.State.AGREED).moved(Handover.State.HANDED_OVER,
                required(record, "who handed over, the documents and property"), null);
        events.add(new TransferEvents.HandoverConfirmed(id, Handover.State.HANDED_OVER, by, at));
    }

    /** The receiving side confirms it took the prisoner: the transfer is done, on both sides' word. */
    public void received(String record, String by, Instant at) {
        var current = handoverIn(Handover.State.HANDED_OVER);
        handover = current.moved(Handover.State.RECEIVED, current.handedOver(), required(record, "who received"));
        status = TransferStatus.TRANSFERRED;
        events.add(new TransferEvents.HandoverConfirmed(id, Handover.State.RECEIVED, by, at));
    }

    private Handover handoverIn(Handover.State expected) {
        if (handover == null || handover.state() != expected) {
            throw new Conflict("the hand-over of transfer " + id + " is " + (handover == null ? "not scheduled"
                    : handover.state()) + ", not " + expected);
        }
        return handover;
    }

    /** Whether the step is decided on the partner's side (its agency is not of the sending state). */
    public boolean atPartner(ChainStep step) {
        return !step.agency().country().equals(sendingCountry);
    }

    /** The events registered since the case was loaded, in order; the store publishes them once. */
    public List<TransferEvents> events() {
        return List.copyOf(events);
    }

    private ChainStep deciding(int position, @Nullable StepState expected) {
        var step = current().orElseThrow(() -> new Conflict("transfer " + id + " is " + status + ": no step decides"));
        if (step.position() != position) {
            throw new Conflict("step " + position + " of transfer " + id + " is not the one waiting (step "
                    + step.position() + ")");
        }
        if (expected != null && step.state() != expected) {
            throw new Conflict("step " + position + " of transfer " + id + " is " + step.state() + ", not " + expected);
        }
        return step;
    }

    private void announceIfPartner() {
        current().filter(this::atPartner).filter(s -> s.state() == StepState.WAITING)
                .ifPresent(s -> events.add(new TransferStepReachedPartner(id, s.position(), s.agency())));
    }

    private void replace(ChainStep step) {
        steps.set(step.position() - 1, step);
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("say " + what);
        }
        return text.strip();
    }

    public TransferId id() { return id; }
    public PrisonerId prisoner() { return prisoner; }
    public AgreementId agreement() { return agreement; }
    public String sendingCountry() { return sendingCountry; }
    public List<ChainStep> steps() { return List.copyOf(steps); }
    public TransferStatus status() { return status; }
    public @Nullable Adaptation adaptation() { return adaptation; }
    public @Nullable String closingNote() { return closingNote; }
    public @Nullable Handover handover() { return handover; }
    public int version() { return version; }
}
