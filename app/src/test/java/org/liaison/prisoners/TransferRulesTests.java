package org.liaison.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.prisoners.Finding.Outcome.MET;
import static org.liaison.prisoners.Finding.Outcome.NOT_MET;
import static org.liaison.prisoners.Finding.Outcome.WAIVED;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/** Eligibility under an agreement's rules, with the reason for every condition. */
class TransferRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2023, 2, 14);

    @Test
    void aLaoNationalWithAFinalJudgmentYearsLeftAndConsentIsEligible() {
        var eligibility = PrisonerMother.rules().assess(PrisonerMother.laoPrisoner(), TODAY);
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.findings()).extracting(Finding::outcome).containsOnly(MET);
    }

    @Test
    void aThaiNationalIsNotEligibleForATransferToLaos() {
        var thai = PrisonerMother.prisoner("TH", PrisonerMother.laoPrisoner().sentence(), Consent.GIVEN, false);
        var eligibility = PrisonerMother.rules().assess(thai, TODAY);
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.obstacles()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.NATIONALITY);
            assertThat(f.args()).containsExactly("TH", "LA");
            assertThat(f.messageKey()).isEqualTo("prisoners.rule.NATIONALITY.NOT_MET");
        });
    }

    @Test
    void lessThanTheMinimumLeftBlocksUnlessHumanitarianGroundsWaiveIt() {
        var shortTerm = Sentence.of(LocalDate.of(2022, 6, 1), Period.ofYears(1));   // release 2023-06-01
        var ordinary = PrisonerMother.prisoner("LA", shortTerm, Consent.GIVEN, false);
        var ill = PrisonerMother.prisoner("LA", shortTerm, Consent.GIVEN, true);
        var rules = PrisonerMother.rules();
        assertThat(rules.assess(ordinary, TODAY).obstacles()).extracting(Finding::rule).containsExactly(Rule.REMAINING_TERM);
        assertThat(rules.assess(ordinary, TODAY).findings().get(2).args()).containsExactly("3", "6");
        assertThat(rules.assess(ill, TODAY).eligible()).isTrue();
        assertThat(rules.assess(ill, TODAY).findings().get(2).outcome()).isEqualTo(WAIVED);
    }

    @Test
    void aPrisonerAlreadyDueForReleaseIsNotTransferredEvenOnHumanitarianGrounds() {
        var served = PrisonerMother.prisoner("LA", Sentence.of(LocalDate.of(2020, 1, 1), Period.ofYears(1)), Consent.GIVEN, true);
        assertThat(PrisonerMother.rules().assess(served, TODAY).findings().get(2).outcome()).isEqualTo(NOT_MET);
    }

    @Test
    void withdrawnConsentBlocksAndHumanitarianGroundsDoNotWaiveItUnderThisAgreement() {
        var withdrawn = PrisonerMother.prisoner("LA", PrisonerMother.laoPrisoner().sentence(), Consent.WITHDRAWN, true);
        assertThat(PrisonerMother.rules().assess(withdrawn, TODAY).obstacles()).extracting(Finding::rule)
                .containsExactly(Rule.CONSENT);
    }

    @Test
    void anAgreementThatWaivesConsentOnHumanitarianGroundsAcceptsAPrisonerNotAsked() {
        var base = PrisonerMother.rules();
        var humanitarian = new TransferRules(base.agreement(), "LA", 6, true, true, true, true, base.chain());
        var notAsked = PrisonerMother.prisoner("LA", PrisonerMother.laoPrisoner().sentence(), Consent.NOT_ASKED, true);
        assertThat(humanitarian.assess(notAsked, TODAY).findings().get(4).outcome()).isEqualTo(WAIVED);
        var refused = PrisonerMother.prisoner("LA", PrisonerMother.laoPrisoner().sentence(), Consent.REFUSED, true);
        assertThat(humanitarian.assess(refused, TODAY).findings().get(4).outcome()).isEqualTo(NOT_MET);
    }

    @Test
    void pendingProceedingsAndAJudgmentUnderAppealBlock() {
        var p = PrisonerMother.laoPrisoner();
        var pending = new Prisoner(p.id(), p.administration(), p.facility(), p.name(), p.nativeName(), p.nativeLanguage(),
                p.nationality(), p.sex(), p.bornOn(), p.documents(), p.offences(), p.sentence(), false, true, p.consent(),
                false, null, null, null, null, false, 0);
        assertThat(PrisonerMother.rules().assess(pending, TODAY).obstacles()).extracting(Finding::rule)
                .containsExactly(Rule.FINAL_JUDGMENT, Rule.NO_PENDING_PROCEEDINGS);
    }
}
