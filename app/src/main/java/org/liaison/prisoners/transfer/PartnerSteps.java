package org.liaison.prisoners.transfer;

import java.time.Duration;
import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Sent;
import org.liaison.exchange.payload.TransferStep;
import org.liaison.prisoners.TransferEvents.TransferStepReachedPartner;
import org.liaison.prisoners.registry.PrisonCalendar;
import org.liaison.prisoners.registry.PrisonerRecords;
import org.liaison.shared.NodeTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A step that reaches an agency of the partner state travels to it as a {@code TRANSFER_STEP} request through the
 * exchange, in the transaction that approved the step before it, sent by the holding prison administration (as
 * the node: the ministry officer who approved does not act for the prison). If the agreements do not allow it,
 * the approval is refused with the policy's reason and nothing is written. A partner without a node (the exchange
 * reaches no node of its country) answers on paper: its step is then recorded by hand.
 */
@Component
class PartnerSteps {

    /** How long the partner is given to answer a step. */
    static final Duration ANSWER_WITHIN = Duration.ofDays(14);

    private final Exchange exchange;
    private final TransferStore transfers;
    private final PrisonerRecords prisoners;
    private final PrisonCalendar calendar;
    private final AuditTrail audit;

    PartnerSteps(Exchange exchange, TransferStore transfers, PrisonerRecords prisoners, PrisonCalendar calendar,
                 AuditTrail audit) {
        this.exchange = exchange;
        this.transfers = transfers;
        this.prisoners = prisoners;
        this.calendar = calendar;
        this.audit = audit;
    }

    @EventListener
    void on(TransferStepReachedPartner event) {
        if (!exchange.reaches(event.agency())) {
            return;
        }
        var transfer = transfers.find(event.transfer()).orElseThrow();
        var prisoner = prisoners.find(transfer.prisoner()).orElseThrow();
        var today = calendar.today();
        var body = "Transfer of " + prisoner.name() + (prisoner.nativeName() == null ? "" : " (" + prisoner.nativeName() + ")")
                + ", national of " + prisoner.nationality() + ", born " + prisoner.bornOn() + ", held at "
                + prisoner.facility() + ". Release due " + prisoner.sentence().releaseOn() + "; "
                + prisoner.sentence().remainingOn(today).days() + " days left on " + today + ". Step " + event.position()
                + " of the approval chain under " + transfer.agreement() + " waits for your decision.";
        var payload = new TransferStep("Transfer " + transfer.id() + ": step " + event.position(), body,
                transfer.agreement().value(), transfer.id().toString(), String.valueOf(event.position()));
        var message = new OutgoingMessage(prisoner.administration(), event.agency(), MessageKind.REQUEST,
                DataCategory.TRANSFER_STEP, Purpose.PRISONER_TRANSFER, payload, calendar.now().plus(ANSWER_WITHIN),
                null, List.of());
        var result = NodeTask.call("transfer-step", () -> exchange.send(message));
        switch (result) {
            case Sent sent -> audit.record(AuditAction.TRANSFER_STEP_SENT, "transfer:" + transfer.id(),
                    "step=" + event.position() + " to=" + event.agency() + " message=" + sent.id());
            case Denied denied -> throw denied.asForbidden();
        }
    }
}
