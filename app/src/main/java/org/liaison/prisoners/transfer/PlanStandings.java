package org.liaison.prisoners.transfer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;

import org.liaison.prisoners.ChainStep;
import org.liaison.prisoners.Eligibility;
import org.liaison.prisoners.PlanEntry;
import org.liaison.prisoners.PlanEntry.Standing;
import org.liaison.prisoners.PlanProgress;
import org.liaison.prisoners.RepatriationPlan;
import org.liaison.prisoners.TransferStatus;
import org.liaison.prisoners.registry.PrisonerRecords;
import org.springframework.stereotype.Component;

/** Where each prisoner of a plan stands on a day, worst first, so the page leads with what blocks the deadline. */
@Component
public class PlanStandings {

    private final PrisonerRecords prisoners;
    private final RulesStore rules;
    private final TransferStore transfers;

    PlanStandings(PrisonerRecords prisoners, RulesStore rules, TransferStore transfers) {
        this.prisoners = prisoners;
        this.rules = rules;
        this.transfers = transfers;
    }

    public PlanProgress of(RepatriationPlan plan, LocalDate today) {
        var terms = rules.find(plan.agreement(), plan.receivingCountry());
        var entries = new ArrayList<PlanEntry>();
        for (var prisoner : prisoners.all(plan.prisoners())) {
            var shown = prisoner.withoutHealth();
            var eligibility = terms.map(t -> t.assess(shown, today))
                    .orElse(new Eligibility(plan.agreement(), plan.receivingCountry(), java.util.List.of()));
            var transfer = transfers.ofPrisoner(prisoner.id()).stream()
                    .filter(t -> t.agreement().equals(plan.agreement())).findFirst().orElse(null);
            Standing standing;
            if (prisoner.sentence().releaseOn().isBefore(plan.deadline()) && transfer == null) {
                standing = Standing.RELEASED_BEFORE_DEADLINE;
            } else if (transfer != null) {
                standing = switch (transfer.status()) {
                    case APPROVED -> Standing.APPROVED;
                    case REFUSED -> Standing.REFUSED;
                    case WITHDRAWN -> Standing.WITHDRAWN;
                    case TRANSFERRED -> Standing.TRANSFERRED;
                    case DOCUMENTS_REQUESTED -> Standing.DOCUMENTS_REQUESTED;
                    case IN_PROGRESS -> Standing.IN_CHAIN;
                };
            } else {
                standing = terms.isEmpty() || !eligibility.eligible() ? Standing.NOT_ELIGIBLE : Standing.NO_CASE;
            }
            var waitingAt = transfer == null || transfer.status().closed() ? null
                    : transfer.current().map(ChainStep::agency).orElse(null);
            entries.add(new PlanEntry(shown, eligibility, transfer, standing, waitingAt));
        }
        entries.sort(Comparator.comparing((PlanEntry e) -> !e.standing().blocks())
                .thenComparing(e -> e.standing().ordinal()).thenComparing(e -> e.prisoner().name()));
        return new PlanProgress(plan, entries, ChronoUnit.DAYS.between(today, plan.deadline()));
    }
}
