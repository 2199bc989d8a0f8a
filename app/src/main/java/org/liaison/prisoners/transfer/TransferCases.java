package org.liaison.prisoners.transfer;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.identity.Reach;
import org.liaison.prisoners.Adaptation;
import org.liaison.prisoners.Handover;
import org.liaison.prisoners.Prisoner;
import org.liaison.prisoners.StepDecision;
import org.liaison.prisoners.Transfer;
import org.liaison.prisoners.TransferEvents;
import org.liaison.prisoners.TransferId;
import org.liaison.prisoners.registry.PrisonCalendar;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens transfer cases and moves them along their chain inside the facade's transaction: the aggregate decides,
 * the store saves it whole, and each event it registered becomes an audit entry and is published (a partner's
 * step then travels through the exchange, {@link PartnerSteps}).
 */
@Component
public class TransferCases {

    private final RulesStore rules;
    private final TransferStore transfers;
    private final PrisonCalendar calendar;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    TransferCases(RulesStore rules, TransferStore transfers, PrisonCalendar calendar, AuditTrail audit,
                  ApplicationEventPublisher events) {
        this.rules = rules;
        this.transfers = transfers;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
    }

    public Transfer open(Prisoner prisoner, AgreementId agreement) {
        var terms = rules.find(agreement, prisoner.nationality()).orElseThrow(() -> new InvalidInput(
                "agreement " + agreement + " sets no transfer rules for nationals of " + prisoner.nationality()));
        var transfer = Transfer.open(TransferId.random(), prisoner, terms.assess(prisoner, calendar.today()),
                terms.chain(), calendar.now());
        transfers.insert(transfer);
        publish(transfer);
        return transfer;
    }

    public Transfer decide(TransferId id, int position, StepDecision decision, String note) {
        var transfer = transfers.find(id).orElseThrow(() -> new NotFound("transfer", id));
        return decide(transfer, position, decision, note, null, Reach.current().actor());
    }

    /** The partner's agency answered its step through the exchange ({@code by} names it and its node). */
    Transfer decide(Transfer transfer, int position, StepDecision decision, @Nullable String note,
                    @Nullable Adaptation adaptation, String by) {
        var at = calendar.now();
        switch (decision) {
            case APPROVE -> transfer.approve(position, by, at, adaptation);
            case REFUSE -> transfer.refuse(position, note == null ? "" : note, by, at);
            case ASK_FOR_DOCUMENTS -> transfer.askForDocuments(position, note == null ? "" : note, by, at);
            case DOCUMENTS_SUPPLIED -> transfer.documentsSupplied(position, by, at);
        }
        transfers.update(transfer);
        publish(transfer);
        return transfers.find(transfer.id()).orElseThrow();
    }

    /** A partner without a node answered on paper; the officer who records it is named as the one deciding. */
    public Transfer decideOnPaper(Transfer transfer, int position, StepDecision decision, String note,
                                  @Nullable Adaptation adaptation) {
        return decide(transfer, position, decision, note, adaptation, Reach.current().actor() + " (on paper)");
    }

    /** The sending state proposes the hand-over's checkpoint, time and escorts. */
    public Transfer scheduleHandover(TransferId id, String checkpoint, java.time.Instant when, String escorts) {
        var transfer = transfers.find(id).orElseThrow(() -> new NotFound("transfer", id));
        transfer.scheduleHandover(checkpoint, when, escorts, Reach.current().actor(), calendar.now());
        return save(transfer);
    }

    /** One side confirms the hand-over: agreed, handed over, or received ({@code by} the officer or the partner). */
    Transfer handover(Transfer transfer, Handover.State state, @Nullable String record, String by) {
        var at = calendar.now();
        switch (state) {
            case AGREED -> transfer.handoverAgreed(by, at);
            case HANDED_OVER -> transfer.handedOver(record == null ? "" : record, by, at);
            case RECEIVED -> transfer.received(record == null ? "" : record, by, at);
            case PROPOSED -> throw new org.liaison.shared.InvalidInput("a hand-over is proposed with its checkpoint");
        }
        return save(transfer);
    }

    public Transfer handover(TransferId id, Handover.State state, @Nullable String record) {
        var transfer = transfers.find(id).orElseThrow(() -> new NotFound("transfer", id));
        return handover(transfer, state, record, Reach.current().actor());
    }

    private Transfer save(Transfer transfer) {
        transfers.update(transfer);
        publish(transfer);
        return transfers.find(transfer.id()).orElseThrow();
    }

    /** The prisoner withdrew consent: the case closes here and, through the exchange, at the partner. */
    public Transfer withdraw(TransferId id, String reason) {
        var transfer = transfers.find(id).orElseThrow(() -> new NotFound("transfer", id));
        transfer.withdraw(reason, Reach.current().actor(), calendar.now());
        transfers.update(transfer);
        publish(transfer);
        return transfers.find(id).orElseThrow();
    }

    private void publish(Transfer transfer) {
        for (var event : transfer.events()) {
            switch (event) {
                case TransferEvents.TransferRequested e -> audit.record(AuditAction.TRANSFER_OPENED,
                        "transfer:" + e.transfer(), "prisoner=" + e.prisoner() + " agreement=" + transfer.agreement());
                case TransferEvents.TransferStepApproved e -> decided(e.transfer(), e.position(), "APPROVED", e.agency().value());
                case TransferEvents.TransferStepRefused e -> decided(e.transfer(), e.position(), "REFUSED", e.agency().value());
                case TransferEvents.TransferDocumentsRequested e ->
                        decided(e.transfer(), e.position(), "DOCUMENTS_REQUESTED", e.agency().value());
                case TransferEvents.TransferDocumentsSupplied e ->
                        decided(e.transfer(), e.position(), "DOCUMENTS_SUPPLIED", e.agency().value());
                case TransferEvents.TransferStepReachedPartner e -> { }
                case TransferEvents.TransferApproved e -> { }
                case TransferEvents.TransferWithdrawn e -> audit.record(AuditAction.TRANSFER_WITHDRAWN,
                        "transfer:" + e.transfer(), "prisoner=" + e.prisoner());
                case TransferEvents.HandoverScheduled e -> audit.record(AuditAction.HANDOVER_SCHEDULED,
                        "transfer:" + e.transfer(), "checkpoint=" + e.handover().checkpoint() + " at=" + e.handover().at());
                case TransferEvents.HandoverConfirmed e -> audit.record(AuditAction.HANDOVER_CONFIRMED,
                        "transfer:" + e.transfer(), "state=" + e.state() + " by=" + e.by());
            }
            events.publishEvent(event);
        }
    }

    private void decided(TransferId transfer, int position, String what, String agency) {
        audit.record(AuditAction.TRANSFER_STEP_DECIDED, "transfer:" + transfer, "step=" + position + " agency=" + agency
                + " decision=" + what);
    }
}
