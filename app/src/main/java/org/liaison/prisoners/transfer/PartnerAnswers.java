package org.liaison.prisoners.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Sent;
import org.liaison.identity.Reach;
import org.liaison.prisoners.Adaptation;
import org.liaison.prisoners.Handover;
import org.liaison.prisoners.PartnerAnswer;
import org.liaison.prisoners.PartnerState;
import org.liaison.prisoners.PartnerTransfer;
import org.liaison.prisoners.TransferId;
import org.liaison.prisoners.registry.PrisonCalendar;
import org.liaison.prisoners.wire.StepAction;
import org.liaison.prisoners.wire.TransferStepMessage;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * The receiving state's agency answers the step it was asked, and the answer goes back to the sending state's
 * administration as a numbered reply to the request, in the same transaction: accepted with the sentence
 * adaptation, refused with reasons, or documents asked for. If the agreements do not allow it, nothing is written.
 */
@Component
public class PartnerAnswers {

    private final PartnerTransfers partners;
    private final Exchange exchange;
    private final PrisonCalendar calendar;
    private final AuditTrail audit;

    PartnerAnswers(PartnerTransfers partners, Exchange exchange, PrisonCalendar calendar, AuditTrail audit) {
        this.partners = partners;
        this.exchange = exchange;
        this.calendar = calendar;
        this.audit = audit;
    }

    public PartnerTransfer answer(TransferId id, PartnerAnswer answer) {
        var transfer = partners.find(id).orElseThrow(() -> new NotFound("transfer", id));
        if (transfer.state() != PartnerState.WAITING) {
            throw new Conflict("transfer " + id + " is " + transfer.state() + ": no step waits for an answer");
        }
        var note = answer.note() == null || answer.note().isBlank() ? null : answer.note().strip();
        Adaptation adaptation = null;
        PartnerState state;
        switch (answer.decision()) {
            case APPROVE -> {
                if (answer.adaptation() == null) {
                    throw new InvalidInput("say how the sentence will be enforced");
                }
                adaptation = Adaptation.of(answer.adaptation(), answer.daysToServe(),
                        transfer.daysLeft() == null ? 0 : transfer.daysLeft());
                state = PartnerState.ACCEPTED;
            }
            case REFUSE -> state = required(note, "the reasons for a refusal", PartnerState.REFUSED);
            case ASK_FOR_DOCUMENTS -> state = required(note, "which documents", PartnerState.DOCUMENTS_REQUESTED);
            default -> throw new InvalidInput("the receiving state approves, refuses or asks for documents");
        }
        var by = Reach.current().actor();
        var sequence = partners.answer(transfer, state, note, adaptation, by, calendar.now())
                .orElseThrow(() -> new Conflict("transfer " + id + " was answered meanwhile; open it again"));
        send(transfer, sequence, answer, note, adaptation);
        audit.record(AuditAction.PARTNER_TRANSFER_ANSWERED, "transfer:" + id, "step=" + transfer.position()
                + " decision=" + answer.decision() + " sequence=" + sequence
                + (adaptation == null ? "" : " adaptation=" + adaptation.kind() + " days=" + adaptation.daysToServe()));
        return partners.find(id).orElseThrow();
    }

    /** The receiving state agrees to the proposed hand-over, or confirms it took the prisoner. */
    public PartnerTransfer handover(TransferId id, Handover.State to, @Nullable String record) {
        var transfer = partners.find(id).orElseThrow(() -> new NotFound("transfer", id));
        var from = to == Handover.State.AGREED ? Handover.State.PROPOSED : Handover.State.HANDED_OVER;
        if (to != Handover.State.AGREED && to != Handover.State.RECEIVED) {
            throw new InvalidInput("the receiving state agrees to a hand-over or confirms it received the prisoner");
        }
        var received = record == null || record.isBlank() ? null : record.strip();
        if (to == Handover.State.RECEIVED && received == null) {
            throw new InvalidInput("say who received the prisoner");
        }
        var sequence = partners.handoverAnswered(transfer, from, to, received).orElseThrow(() -> new Conflict(
                "the hand-over of transfer " + id + " is " + (transfer.handover() == null ? "not proposed"
                        : transfer.handover().state()) + ", not " + from));
        var action = to == Handover.State.AGREED ? StepAction.HANDOVER_AGREED : StepAction.HANDOVER_RECEIVED;
        var payload = TransferStepMessage.of("Transfer " + id + ": hand-over " + to, received == null ? "" : received,
                transfer.agreement(), id.toString(), sequence, action, transfer.position())
                .withDecision(null, received, null, null);
        deliver(transfer, payload);
        audit.record(AuditAction.HANDOVER_CONFIRMED, "transfer:" + id, "state=" + to + " sequence=" + sequence);
        return partners.find(id).orElseThrow();
    }

    private void send(PartnerTransfer transfer, int sequence, PartnerAnswer answer, @Nullable String note,
                      @Nullable Adaptation adaptation) {
        var payload = TransferStepMessage.of("Transfer " + transfer.id() + ": step " + transfer.position() + " "
                + answer.decision(), note == null ? "" : note, transfer.agreement(), transfer.id().toString(), sequence,
                StepAction.DECISION, transfer.position()).withDecision(answer.decision().name(), note,
                adaptation == null ? null : adaptation.kind().name(), adaptation == null ? null : adaptation.daysToServe());
        deliver(transfer, payload);
    }

    private void deliver(PartnerTransfer transfer, TransferStepMessage payload) {
        var message = new OutgoingMessage(transfer.receivingAgency(), transfer.sendingAgency(), MessageKind.REPLY,
                DataCategory.TRANSFER_STEP, Purpose.PRISONER_TRANSFER, payload, null,
                partners.lastRequest(transfer.id()), List.of());
        switch (exchange.send(message)) {
            case Sent sent -> { }
            case Denied denied -> throw denied.asForbidden();
        }
    }

    private static PartnerState required(@Nullable String note, String what, PartnerState state) {
        if (note == null) {
            throw new InvalidInput("say " + what);
        }
        return state;
    }
}
