package org.liaison.prisoners.transfer;

import org.liaison.exchange.Exchange;
import org.liaison.identity.Reach;
import org.liaison.identity.Role;
import org.liaison.prisoners.ChainStep;
import org.liaison.prisoners.StepRef;
import org.liaison.prisoners.Transfer;
import org.liaison.prisoners.TransferId;
import org.liaison.prisoners.registry.PrisonerRecords;
import org.springframework.stereotype.Component;

/**
 * Who may see a transfer case and decide its waiting step (bean {@code transferAccess}), asked of the caller's
 * {@link Reach}: the holding administration's prison officers and the administrators see every case; an agency on
 * the chain sees the cases it decides on. A step of this node's state is decided by an officer its agency covers;
 * a partner's step arrives from the partner's node, except where the partner has no node: then the holding
 * administration's prison officers record its answer by hand. On the receiving state's node, the prison officers of
 * the agency asked see and answer the partner's transfer. Unknown ids pass, to be answered "not found".
 */
@Component("transferAccess")
public class TransferAccess {

    private final TransferStore transfers;
    private final PrisonerRecords prisoners;
    private final Exchange exchange;
    private final PartnerTransfers partners;

    TransferAccess(TransferStore transfers, PrisonerRecords prisoners, Exchange exchange, PartnerTransfers partners) {
        this.partners = partners;
        this.transfers = transfers;
        this.prisoners = prisoners;
        this.exchange = exchange;
    }

    public boolean sees(TransferId id) {
        var reach = Reach.current();
        return transfers.find(id).map(t -> holdsPrisoner(reach, t)
                || t.steps().stream().anyMatch(s -> !t.atPartner(s) && reach.covers(s.agency()))).orElse(true);
    }

    /** Whether the caller sees the case and may answer this step of it. */
    public boolean decides(StepRef step) {
        var reach = Reach.current();
        return sees(step.transfer()) && transfers.find(step.transfer()).map(t -> t.steps().stream()
                .filter(s -> s.position() == step.position()).findFirst().map(s -> decides(reach, t, s)).orElse(true))
                .orElse(true);
    }

    /** Whether the caller may answer this step of this case. */
    public boolean decides(Reach reach, Transfer transfer, ChainStep step) {
        if (!transfer.atPartner(step)) {
            return reach.covers(step.agency());
        }
        // A partner with a node answers through it; the holding prison says when the documents it asked for went.
        return holdsPrisoner(reach, transfer)
                && (!exchange.reaches(step.agency()) || step.state() == org.liaison.prisoners.StepState.DOCUMENTS_REQUESTED);
    }

    /**
     * Whether the caller acts for the sending state's side of the case (withdrawal, hand-over): the holding
     * administration's prison officers and administrators.
     */
    public boolean holds(TransferId id) {
        var reach = Reach.current();
        return transfers.find(id).map(t -> holdsPrisoner(reach, t)).orElse(true);
    }

    /**
     * Whether the caller sees and answers a transfer another node sent to this node's agency: prison officers whose
     * reach covers the agency asked (an administrator runs the node, not the prison).
     */
    public boolean answers(TransferId id) {
        var reach = Reach.current();
        return partners.find(id).map(p -> reach.has(Role.PRISON_OFFICER) && reach.covers(p.receivingAgency()))
                .orElse(reach.mayActAs(java.util.Set.of(Role.PRISON_OFFICER)));
    }

    /**
     * Whether the caller records the receiving state's side of the hand-over by hand: the holding prison's officers,
     * where the receiving state has no node.
     */
    public boolean recordsForPartner(TransferId id) {
        var reach = Reach.current();
        return transfers.find(id).map(t -> holdsPrisoner(reach, t) && t.steps().stream().filter(t::atPartner)
                .noneMatch(s -> exchange.reaches(s.agency()))).orElse(true);
    }

    private boolean holdsPrisoner(Reach reach, Transfer transfer) {
        return prisoners.find(transfer.prisoner()).map(p -> reach.administers()
                || reach.has(Role.PRISON_OFFICER) && reach.covers(p.administration())).orElse(false);
    }
}
