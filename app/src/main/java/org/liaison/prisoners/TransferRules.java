package org.liaison.prisoners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;
import org.liaison.prisoners.Finding.Outcome;
import org.liaison.shared.InvalidInput;

/**
 * How an agreement lets prisoners go to one receiving state: the conditions (minimum term left, final judgment,
 * consent, which of them humanitarian grounds waive) and the approval chain, the agencies of both states that
 * decide in turn. Kept by this module per agreement and receiving state, beside the agreement's own clauses
 * (which say what data may flow), so a unilateral humanitarian transfer and a reciprocal one can differ.
 *
 * @param chain the deciding agencies in order, this node's state first, e.g. prison administration, ministry of
 *              justice, ministry of foreign affairs, then the partner's foreign ministry and prison administration
 */
public record TransferRules(
        @NotNull AgreementId agreement,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String receivingCountry,
        @Min(0) @Max(600) int minimumMonthsLeft,
        boolean finalJudgmentRequired,
        boolean consentRequired,
        boolean humanitarianWaivesTerm,
        boolean humanitarianWaivesConsent,
        @NotNull @Size(min = 1, max = 12) List<AgencyId> chain) {

    public TransferRules {
        chain = List.copyOf(chain);
        if (chain.stream().distinct().count() != chain.size()) {
            throw new InvalidInput("an agency decides only once in a chain");
        }
    }

    /** Every condition assessed for the prisoner on {@code day}, in the order of {@link Rule}. */
    public Eligibility assess(Prisoner prisoner, LocalDate day) {
        var findings = new ArrayList<Finding>();
        findings.add(new Finding(Rule.NATIONALITY, prisoner.nationality().equals(receivingCountry) ? Outcome.MET
                : Outcome.NOT_MET, List.of(prisoner.nationality(), receivingCountry)));
        findings.add(new Finding(Rule.FINAL_JUDGMENT, !finalJudgmentRequired || prisoner.finalJudgment()
                ? Outcome.MET : Outcome.NOT_MET, List.of()));
        findings.add(term(prisoner, day));
        findings.add(new Finding(Rule.NO_PENDING_PROCEEDINGS, prisoner.pendingProceedings() ? Outcome.NOT_MET
                : Outcome.MET, List.of()));
        findings.add(consent(prisoner));
        return new Eligibility(agreement, receivingCountry, findings);
    }

    private Finding term(Prisoner prisoner, LocalDate day) {
        var sentence = prisoner.sentence();
        var left = sentence.remainingOn(day).period();
        var months = String.valueOf(left.toTotalMonths());
        var args = List.of(months, String.valueOf(minimumMonthsLeft));
        if (sentence.atLeastLeftOn(day, minimumMonthsLeft)) {
            return new Finding(Rule.REMAINING_TERM, Outcome.MET, args);
        }
        var waived = humanitarianWaivesTerm && prisoner.humanitarian() && !sentence.remainingOn(day).over();
        return new Finding(Rule.REMAINING_TERM, waived ? Outcome.WAIVED : Outcome.NOT_MET, args);
    }

    private Finding consent(Prisoner prisoner) {
        if (!consentRequired || prisoner.consent().agrees()) {
            return new Finding(Rule.CONSENT, Outcome.MET, List.of());
        }
        var refused = prisoner.consent() == Consent.REFUSED || prisoner.consent() == Consent.WITHDRAWN;
        var waived = humanitarianWaivesConsent && prisoner.humanitarian() && !refused;
        return new Finding(Rule.CONSENT, waived ? Outcome.WAIVED : Outcome.NOT_MET, List.of());
    }
}
