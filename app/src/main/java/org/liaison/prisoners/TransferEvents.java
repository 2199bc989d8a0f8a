package org.liaison.prisoners;

import java.time.Instant;

import org.liaison.directory.AgencyId;

/** What happens to a transfer case, in the past tense; the aggregate registers them as its steps move. */
public sealed interface TransferEvents {

    TransferId transfer();

    /** A case was opened for an eligible prisoner; the chain's first step waits. */
    record TransferRequested(TransferId transfer, PrisonerId prisoner, AgencyId firstStep, Instant at) implements TransferEvents {
    }

    record TransferStepApproved(TransferId transfer, int position, AgencyId agency, String by, Instant at) implements TransferEvents {
    }

    record TransferStepRefused(TransferId transfer, int position, AgencyId agency, String reasons, String by,
                               Instant at) implements TransferEvents {
    }

    record TransferDocumentsRequested(TransferId transfer, int position, AgencyId agency, String documents, String by,
                                      Instant at) implements TransferEvents {
    }

    /** The documents asked for were supplied; the same step decides again. */
    record TransferDocumentsSupplied(TransferId transfer, int position, AgencyId agency, String by, Instant at)
            implements TransferEvents {
    }

    /** The step now waiting is at an agency of the partner state: it travels to the partner's node. */
    record TransferStepReachedPartner(TransferId transfer, int position, AgencyId agency) implements TransferEvents {
    }

    /** Every agency on both chains approved. */
    record TransferApproved(TransferId transfer, PrisonerId prisoner, Instant at) implements TransferEvents {
    }

    /** The prisoner withdrew consent; the case is closed, on the partner's node too if a step went there. */
    record TransferWithdrawn(TransferId transfer, PrisonerId prisoner, String reason, String by, Instant at)
            implements TransferEvents {
    }

    /** The sending state proposed the hand-over's checkpoint, time and escorts. */
    record HandoverScheduled(TransferId transfer, Handover handover, String by, Instant at) implements TransferEvents {
    }

    /** One side confirmed the hand-over: agreed to it, handed the prisoner over, or received them. */
    record HandoverConfirmed(TransferId transfer, Handover.State state, String by, Instant at) implements TransferEvents {
    }
}
