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
 * administration's prison officers record its answer by hand. Unknown ids pass, to be answered "not found".
 */
@Component("transferAccess")
public class TransferAccess {

    private final TransferStore transfers;
    private final PrisonerRecords prisoners;
    private final Exchange exchange;

    TransferAccess(TransferStore transfers, PrisonerRecords prisoners, Exchange exchange) {
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
        return !exchange.reaches(step.agency()) && holdsPrisoner(reach, transfer);
    }

    private boolean holdsPrisoner(Reach reach, Transfer transfer) {
        return prisoners.find(transfer.prisoner()).map(p -> reach.administers()
                || reach.has(Role.PRISON_OFFICER) && reach.covers(p.administration())).orElse(false);
    }
}
