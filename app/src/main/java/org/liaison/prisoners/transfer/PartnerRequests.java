package org.liaison.prisoners.transfer;

import org.liaison.exchange.MessageReceived;
import org.liaison.prisoners.TransferId;
import org.liaison.prisoners.registry.PrisonCalendar;
import org.liaison.prisoners.transfer.StepReception.StepRejected;
import org.liaison.prisoners.wire.StepAction;
import org.liaison.prisoners.wire.TransferStepMessage;
import org.springframework.stereotype.Component;

/**
 * The receiving state takes the sending state's steps: the first request (number 1) opens the partner transfer, a
 * later one must come from the same administration with the next number, a withdrawal closes it, and the
 * hand-over is proposed and later said done once the transfer was accepted.
 */
@Component
class PartnerRequests {

    private final PartnerTransfers partners;
    private final PrisonCalendar calendar;

    PartnerRequests(PartnerTransfers partners, PrisonCalendar calendar) {
        this.partners = partners;
        this.calendar = calendar;
    }

    void take(MessageReceived message, TransferStepMessage step) {
        var id = TransferId.parse(step.transfer());
        var known = partners.find(id);
        if (known.isEmpty()) {
            if (step.action() != StepAction.REQUEST || step.sequence() != 1) {
                throw new StepRejected("out of order: sequence " + step.sequence() + " of a transfer not known here");
            }
            partners.insert(step, message.sender(), message.recipient(), step.reference(), message.id(), calendar.now());
            return;
        }
        var transfer = known.get();
        if (!transfer.sendingAgency().equals(message.sender())) {
            throw new StepRejected("the transfer is sent by " + transfer.sendingAgency() + ", not " + message.sender());
        }
        var applied = switch (step.action()) {
            case WITHDRAWN -> partners.withdrawn(step);
            case HANDOVER_PROPOSED, HANDED_OVER -> partners.handover(step);
            default -> partners.request(step, message.recipient(), message.id(), calendar.now());
        };
        if (!applied) {
            int expected = partners.received(id).orElse(0) + 1;
            throw new StepRejected((step.sequence() < expected ? "replayed" : step.sequence() > expected
                    ? "out of order" : "not now: the transfer is " + transfer.state()) + ": sequence "
                    + step.sequence() + ", expected " + expected);
        }
    }
}
