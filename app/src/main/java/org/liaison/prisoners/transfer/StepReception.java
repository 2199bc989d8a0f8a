package org.liaison.prisoners.transfer;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.MessageReceived;
import org.liaison.prisoners.wire.TransferStepMessage;
import org.liaison.shared.DomainException;
import org.liaison.shared.NodeTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes the transfer steps partners' nodes send, in the transaction that stores the message (verified and allowed
 * by this node's own agreements): a request, a withdrawal or the sending side's hand-over steps reach this node as
 * the receiving state; a decision or the receiving side's hand-over steps as the sending state. A step that is not the next of its transfer (a replay, a gap), that names a step its
 * sender does not decide, or that the case cannot take now is not applied: it is audited as rejected with the
 * reason, and the message stays in the exchange's log.
 */
@Component
class StepReception {

    private final PartnerRequests requests;
    private final PartnerDecisions decisions;
    private final AuditTrail audit;

    StepReception(PartnerRequests requests, PartnerDecisions decisions, AuditTrail audit) {
        this.requests = requests;
        this.decisions = decisions;
        this.audit = audit;
    }

    @EventListener
    void on(MessageReceived message) {
        if (!(message.payload() instanceof TransferStepMessage step)) {
            return;
        }
        NodeTask.run("transfer-step", () -> {
            try {
                switch (step.action()) {
                    case REQUEST, WITHDRAWN, HANDOVER_PROPOSED, HANDED_OVER -> requests.take(message, step);
                    case DECISION, HANDOVER_AGREED, HANDOVER_RECEIVED -> decisions.take(message, step);
                }
                audit.record(AuditAction.TRANSFER_STEP_RECEIVED, "transfer:" + step.transfer(), "step="
                        + step.position() + " action=" + step.action() + " sequence=" + step.sequence() + " from="
                        + message.sender() + " message=" + message.id());
            } catch (DomainException e) {
                audit.record(AuditAction.TRANSFER_STEP_REJECTED, "transfer:" + step.transfer(), "step="
                        + step.position() + " action=" + step.action() + " sequence=" + step.sequence() + " from="
                        + message.sender() + " message=" + message.id() + ": " + e.getMessage());
            }
        });
    }

    /** Why a received step is not applied: it conflicts with the case as this node keeps it. */
    static final class StepRejected extends org.liaison.shared.Conflict {
        StepRejected(String why) {
            super(why);
        }
    }
}
