package org.liaison.prisoners.transfer;

import org.liaison.exchange.MessageReceived;
import org.liaison.prisoners.Adaptation;
import org.liaison.prisoners.Handover;
import org.liaison.prisoners.StepDecision;
import org.liaison.prisoners.TransferId;
import org.liaison.prisoners.registry.PrisonerRecords;
import org.liaison.prisoners.transfer.StepReception.StepRejected;
import org.liaison.prisoners.wire.TransferStepMessage;
import org.springframework.stereotype.Component;

/**
 * The sending state takes the partner's answer to a step: only from the agency of that step, only to the prison
 * administration that holds the prisoner, only with the next number, and only while that step waits. An
 * acceptance says how the receiving state will enforce the sentence.
 */
@Component
class PartnerDecisions {

    private final TransferStore transfers;
    private final StepSequences sequences;
    private final PrisonerRecords prisoners;
    private final TransferCases cases;

    PartnerDecisions(TransferStore transfers, StepSequences sequences, PrisonerRecords prisoners, TransferCases cases) {
        this.transfers = transfers;
        this.sequences = sequences;
        this.prisoners = prisoners;
        this.cases = cases;
    }

    void take(MessageReceived message, TransferStepMessage step) {
        var id = TransferId.parse(step.transfer());
        var transfer = transfers.find(id).orElseThrow(() -> new StepRejected("no transfer " + id + " here"));
        var chainStep = transfer.steps().stream().filter(s -> s.position() == step.position()).findFirst()
                .orElseThrow(() -> new StepRejected("the chain has no step " + step.position()));
        if (!transfer.atPartner(chainStep) || !chainStep.agency().equals(message.sender())) {
            throw new StepRejected("step " + step.position() + " is not decided by " + message.sender());
        }
        var holder = prisoners.find(transfer.prisoner()).orElseThrow().administration();
        if (!holder.equals(message.recipient())) {
            throw new StepRejected("the prisoner is held by " + holder + ", not " + message.recipient());
        }
        if (!sequences.take(id, step.sequence())) {
            var expected = sequences.received(id) + 1;
            throw new StepRejected((step.sequence() < expected ? "replayed" : "out of order") + ": sequence "
                    + step.sequence() + ", expected " + expected);
        }
        var by = message.sender() + " (message " + message.id() + ")";
        switch (step.action()) {
            case HANDOVER_AGREED -> {
                cases.handover(transfer, Handover.State.AGREED, null, by);
                return;
            }
            case HANDOVER_RECEIVED -> {
                cases.handover(transfer, Handover.State.RECEIVED, step.note() == null ? "" : step.note(), by);
                return;
            }
            default -> { }
        }
        if (step.decision() == null) {
            throw new StepRejected("a decision names what was decided");
        }
        var decision = StepDecision.valueOf(step.decision());
        var adaptation = decision != StepDecision.APPROVE ? null : adaptation(step);
        cases.decide(transfer, step.position(), decision, step.note(), adaptation, by);
    }

    private static Adaptation adaptation(TransferStepMessage step) {
        if (step.adaptation() == null || step.daysToServe() == null) {
            throw new StepRejected("an acceptance says how the sentence will be enforced");
        }
        return new Adaptation(Adaptation.Kind.valueOf(step.adaptation()), step.daysToServe());
    }
}
