package org.liaison.prisoners.transfer;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Sent;
import org.liaison.prisoners.ChainStep;
import org.liaison.prisoners.Prisoner;
import org.liaison.prisoners.StepState;
import org.liaison.prisoners.Transfer;
import org.liaison.prisoners.Handover;
import org.liaison.prisoners.TransferEvents.HandoverConfirmed;
import org.liaison.prisoners.TransferEvents.HandoverScheduled;
import org.liaison.prisoners.TransferEvents.TransferStepReachedPartner;
import org.liaison.prisoners.TransferId;
import org.liaison.prisoners.TransferEvents.TransferWithdrawn;
import org.liaison.prisoners.registry.PrisonCalendar;
import org.liaison.prisoners.registry.PrisonerRecords;
import org.liaison.prisoners.wire.StepAction;
import org.liaison.prisoners.wire.TransferStepMessage;
import org.liaison.shared.NodeTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sending state's steps that travel to the partner's node: a step that reaches an agency of the partner state
 * goes to it as a numbered {@code TRANSFER_STEP} request, and a withdrawal of consent follows it, all in one
 * conversation and in the transaction that moved the case, sent by the holding prison administration (as the
 * node: the ministry officer who approved does not act for the prison). If the agreements do not allow it, the
 * move is refused with the policy's reason and nothing is written. A partner without a node (the exchange reaches
 * no node of its country) answers on paper: its step is then recorded by hand.
 */
@Component
class PartnerSteps {

    /** How long the partner is given to answer a step. */
    static final Duration ANSWER_WITHIN = Duration.ofDays(14);

    private final Exchange exchange;
    private final TransferStore transfers;
    private final StepSequences sequences;
    private final PrisonerRecords prisoners;
    private final PrisonCalendar calendar;
    private final AuditTrail audit;

    PartnerSteps(Exchange exchange, TransferStore transfers, StepSequences sequences, PrisonerRecords prisoners,
                 PrisonCalendar calendar, AuditTrail audit) {
        this.exchange = exchange;
        this.transfers = transfers;
        this.sequences = sequences;
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
        var left = prisoner.sentence().remainingOn(today).days();
        var body = "Transfer of " + prisoner.name() + (prisoner.nativeName() == null ? "" : " (" + prisoner.nativeName() + ")")
                + ", national of " + prisoner.nationality() + ", born " + prisoner.bornOn() + ", held at "
                + prisoner.facility() + ". Release due " + prisoner.sentence().releaseOn() + "; " + left
                + " days left on " + today + ". Step " + event.position() + " of the approval chain under "
                + transfer.agreement() + " waits for your decision.";
        var payload = TransferStepMessage.of("Transfer " + transfer.id() + ": step " + event.position(), body,
                transfer.agreement().value(), transfer.id().toString(), sequences.nextSent(transfer.id()),
                StepAction.REQUEST, event.position()).withPrisoner(prisoner.name(), prisoner.nativeName(),
                prisoner.nationality(), prisoner.sex().name(), prisoner.bornOn().toString(), offences(prisoner),
                prisoner.sentence().releaseOn().toString(), (int) Math.max(0, left), today.toString());
        send(transfer, prisoner.administration(), event.agency(), MessageKind.REQUEST, payload);
    }

    /** The prisoner withdrew consent: the partner's agency that was last asked is told, if any was. */
    @EventListener
    void on(TransferWithdrawn event) {
        var transfer = transfers.find(event.transfer()).orElseThrow();
        var asked = lastAsked(transfer);
        if (asked == null || sequences.sent(transfer.id()) == 0 || !exchange.reaches(asked.agency())) {
            return;
        }
        var prisoner = prisoners.find(transfer.prisoner()).orElseThrow();
        var payload = TransferStepMessage.of("Transfer " + transfer.id() + ": consent withdrawn",
                "The prisoner withdrew consent to the transfer; the case is closed.", transfer.agreement().value(),
                transfer.id().toString(), sequences.nextSent(transfer.id()), StepAction.WITHDRAWN, asked.position())
                .withDecision(null, event.reason(), null, null);
        send(transfer, prisoner.administration(), asked.agency(), MessageKind.NOTIFICATION, payload);
    }

    /** The hand-over proposed, and later done, goes to the receiving state's agency that accepted. */
    @EventListener
    void on(HandoverScheduled event) {
        var handover = event.handover();
        notifyPartner(event.transfer(), StepAction.HANDOVER_PROPOSED, "hand-over proposed", "Hand-over at "
                + handover.checkpoint() + " on " + handover.at() + "; escorts: " + handover.escorts(),
                step -> step.withHandover(handover.checkpoint(), handover.at().toString(), handover.escorts()));
    }

    @EventListener
    void on(HandoverConfirmed event) {
        if (event.state() == Handover.State.HANDED_OVER) {
            notifyPartner(event.transfer(), StepAction.HANDED_OVER, "handed over", "The prisoner was handed over.",
                    step -> step);
        }
    }

    private void notifyPartner(TransferId id, StepAction action, String what, String body,
                               UnaryOperator<TransferStepMessage> details) {
        var transfer = transfers.find(id).orElseThrow();
        var receiving = lastAsked(transfer);
        if (receiving == null || !exchange.reaches(receiving.agency())) {
            return;
        }
        var prisoner = prisoners.find(transfer.prisoner()).orElseThrow();
        var handover = java.util.Objects.requireNonNull(transfer.handover());
        var payload = details.apply(TransferStepMessage.of("Transfer " + id + ": " + what, body,
                transfer.agreement().value(), id.toString(), sequences.nextSent(id), action, receiving.position())
                .withDecision(null, action == StepAction.HANDED_OVER ? handover.handedOver() : null, null, null));
        send(transfer, prisoner.administration(), receiving.agency(), MessageKind.NOTIFICATION, payload);
    }

    private void send(Transfer transfer, AgencyId from, AgencyId to, MessageKind kind, TransferStepMessage payload) {
        var conversation = sequences.conversation(transfer.id());
        var outgoing = new OutgoingMessage(from, to, kind, DataCategory.TRANSFER_STEP, Purpose.PRISONER_TRANSFER,
                payload, kind == MessageKind.REQUEST ? calendar.now().plus(ANSWER_WITHIN) : null, null, List.of());
        var message = conversation == null ? outgoing : outgoing.inConversation(conversation);
        NodeTask.run("transfer-step", () -> {
            switch (exchange.send(message)) {
                case Sent sent -> {
                    if (conversation == null) {
                        sequences.keepConversation(transfer.id(), exchange.message(sent.id()).conversation());
                    }
                    audit.record(AuditAction.TRANSFER_STEP_SENT, "transfer:" + transfer.id(), "step="
                            + payload.position() + " action=" + payload.action() + " sequence=" + payload.sequence()
                            + " to=" + to + " message=" + sent.id());
                }
                case Denied denied -> throw denied.asForbidden();
            }
        });
    }

    /** The partner's step the case last went to: the one waiting, or else the last partner step decided. */
    private static @Nullable ChainStep lastAsked(Transfer transfer) {
        ChainStep asked = null;
        for (var step : transfer.steps()) {
            if (transfer.atPartner(step) && step.decidedAt() != null) {
                asked = step;
            }
            if (step.state() != StepState.APPROVED) {
                return transfer.atPartner(step) ? step : asked;
            }
        }
        return asked;
    }

    private static String offences(Prisoner prisoner) {
        var text = prisoner.offences().stream().map(o -> o.description() + " (" + o.law()
                + (o.article() == null ? "" : " art. " + o.article()) + ")").collect(Collectors.joining("; "));
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
