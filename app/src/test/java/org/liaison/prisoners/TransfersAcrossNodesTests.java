package org.liaison.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.liaison.OfficerContext;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.FederationNode;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Sent;
import org.liaison.exchange.TwoNodes;
import org.liaison.prisoners.wire.StepAction;
import org.liaison.prisoners.wire.TransferStepMessage;
import org.liaison.shared.Conflict;

/**
 * Two real nodes: Cambodia's prisons send a Lao prisoner home under the prison MoU. Cambodia's chain (prisons,
 * justice, foreign affairs) decides on the Cambodian node; the Lao prison department's step travels as numbered,
 * signed messages, and its answer comes back. Each test registers its own prisoner.
 */
class TransfersAcrossNodesTests {

    private static final AgreementId MOU = AgreementId.of("KH-LA-PRISON-2023");
    private static final AgencyId GDP = AgencyId.of("KH/MOI/GDP");
    private static final AgencyId LAO_PRISONS = AgencyId.of("LA/MPS/PRI");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void theLaoSideAcceptsWithAConvertedSentenceAndBothNodesShowTheSameApprovedCase() {
        var transfer = throughTheCambodianChain("Bounthanh Phommachack");
        var asked = awaitAsked(transfer, PartnerState.WAITING);
        assertThat(asked.sendingAgency()).isEqualTo(GDP);
        assertThat(asked.receivingAgency()).isEqualTo(LAO_PRISONS);
        assertThat(asked.position()).isEqualTo(4);
        assertThat(asked.prisonerName()).isEqualTo("Bounthanh Phommachack");
        assertThat(asked.nativeName()).isEqualTo("ບຸນທັນ ພົມມະຈັກ");
        assertThat(asked.daysLeft()).isPositive();
        assertThat(asked.summary()).doesNotContain("Asthma");

        var shorter = asked.daysLeft() - 365;
        laoAnswers(transfer, new PartnerAnswer(StepDecision.APPROVE, null, Adaptation.Kind.CONVERSION, shorter));

        var approved = awaitCambodian(transfer, TransferStatus.APPROVED);
        assertThat(approved.adaptation()).isEqualTo(new Adaptation(Adaptation.Kind.CONVERSION, shorter));
        assertThat(approved.steps().get(3).state()).isEqualTo(StepState.APPROVED);
        assertThat(approved.steps().get(3).decidedBy()).startsWith("LA/MPS/PRI");
        var lao = asLao(() -> prisoners(TwoNodes.la()).partnerTransfer(transfer));
        assertThat(lao.state()).isEqualTo(PartnerState.ACCEPTED);
        assertThat(lao.adaptation()).isEqualTo(approved.adaptation());
    }

    @Test
    void theHandoverIsProposedAgreedAndConfirmedByBothSidesAtANamedCheckpoint() {
        var transfer = throughTheCambodianChain("Bounmy Handover");
        awaitAsked(transfer, PartnerState.WAITING);
        laoAnswers(transfer, new PartnerAnswer(StepDecision.APPROVE, null, Adaptation.Kind.CONTINUED_ENFORCEMENT, null));
        awaitCambodian(transfer, TransferStatus.APPROVED);
        var checkpoint = asCambodian("kh.prison", GDP, "PRISON_OFFICER", () -> TwoNodes.kh()
                .bean(org.liaison.directory.Directory.class).checkpoints("KH", "LA").getFirst());
        var at = java.time.Instant.parse("2027-04-10T02:00:00Z");

        var scheduled = asCambodian("kh.prison", GDP, "PRISON_OFFICER", () -> prisoners(TwoNodes.kh())
                .scheduleHandover(transfer, new HandoverDraft(checkpoint.id(), at, "Two GDP officers, van KH 2A-1234")));
        assertThat(scheduled.handover().state()).isEqualTo(Handover.State.PROPOSED);
        await().atMost(WAIT).until(() -> laoHandover(transfer) == Handover.State.PROPOSED);
        var lao = asLao(() -> prisoners(TwoNodes.la()).partnerTransfer(transfer)).handover();
        assertThat(lao.checkpoint()).isEqualTo(scheduled.handover().checkpoint()).contains(checkpoint.a().name());
        assertThat(lao.at()).isEqualTo(at);
        assertThat(lao.escorts()).isEqualTo("Two GDP officers, van KH 2A-1234");
        assertThatThrownBy(() -> asLao(() -> prisoners(TwoNodes.la()).confirmHandover(transfer, Handover.State.RECEIVED,
                "too early"))).isInstanceOf(Conflict.class);

        asLao(() -> prisoners(TwoNodes.la()).confirmHandover(transfer, Handover.State.AGREED, null));
        await().atMost(WAIT).until(() -> cambodian(transfer).handover().state() == Handover.State.AGREED);
        asCambodian("kh.prison", GDP, "PRISON_OFFICER", () -> prisoners(TwoNodes.kh()).handedOver(transfer,
                "Handed over by Sok Dara and Chan Vuthy; judgment, transfer order; one bag of clothes"));
        await().atMost(WAIT).until(() -> laoHandover(transfer) == Handover.State.HANDED_OVER);
        asLao(() -> prisoners(TwoNodes.la()).confirmHandover(transfer, Handover.State.RECEIVED,
                "Received by Capt. Somphone; bag checked"));

        var done = awaitCambodian(transfer, TransferStatus.TRANSFERRED);
        assertThat(done.handover().received()).isEqualTo("Received by Capt. Somphone; bag checked");
        assertThat(asLao(() -> prisoners(TwoNodes.la()).partnerTransfer(transfer)).handover().handedOver())
                .isEqualTo(done.handover().handedOver());
    }

    private static Handover.State laoHandover(TransferId transfer) {
        return TwoNodes.la().bean(org.liaison.prisoners.transfer.PartnerTransfers.class).find(transfer)
                .map(p -> p.handover() == null ? null : p.handover().state()).orElse(null);
    }

    @Test
    void aConversionNeverAggravatesTheSentence() {
        var transfer = throughTheCambodianChain("Sisouk Vongsa");
        var asked = awaitAsked(transfer, PartnerState.WAITING);
        assertThatThrownBy(() -> laoAnswers(transfer, new PartnerAnswer(StepDecision.APPROVE, null,
                Adaptation.Kind.CONVERSION, asked.daysLeft() + 1)))
                .isInstanceOf(org.liaison.shared.InvalidInput.class);
        assertThat(asLao(() -> prisoners(TwoNodes.la()).partnerTransfer(transfer)).state()).isEqualTo(PartnerState.WAITING);
    }

    @Test
    void theReceivingStateRefusesWithReasonsAndTheCaseClosesOnBothNodes() {
        var transfer = throughTheCambodianChain("Khamphone Sayavong");
        awaitAsked(transfer, PartnerState.WAITING);
        laoAnswers(transfer, new PartnerAnswer(StepDecision.REFUSE, "No place in a prison near his family", null, null));

        var refused = awaitCambodian(transfer, TransferStatus.REFUSED);
        assertThat(refused.steps().get(3).note()).isEqualTo("No place in a prison near his family");
        assertThat(asLao(() -> prisoners(TwoNodes.la()).partnerTransfer(transfer)).state()).isEqualTo(PartnerState.REFUSED);
    }

    @Test
    void documentsAskedForBySomeoneOnTheLaoSideGoOnceSuppliedAndTheStepIsDecidedAgain() {
        var transfer = throughTheCambodianChain("Phet Sengdara");
        awaitAsked(transfer, PartnerState.WAITING);
        laoAnswers(transfer, new PartnerAnswer(StepDecision.ASK_FOR_DOCUMENTS, "Certified copy of the judgment", null, null));
        assertThat(awaitCambodian(transfer, TransferStatus.DOCUMENTS_REQUESTED).steps().get(3).note())
                .isEqualTo("Certified copy of the judgment");

        asCambodian("kh.prison", GDP, "PRISON_OFFICER", () -> prisoners(TwoNodes.kh())
                .decide(new StepRef(transfer, 4), StepDecision.DOCUMENTS_SUPPLIED, ""));
        var askedAgain = awaitAsked(transfer, PartnerState.WAITING);
        laoAnswers(transfer, new PartnerAnswer(StepDecision.APPROVE, null, Adaptation.Kind.CONTINUED_ENFORCEMENT, null));

        var approved = awaitCambodian(transfer, TransferStatus.APPROVED);
        assertThat(approved.adaptation()).isEqualTo(new Adaptation(Adaptation.Kind.CONTINUED_ENFORCEMENT,
                askedAgain.daysLeft()));
    }

    @Test
    void thePrisonerWithdrawsConsentAndTheLaoSideCanNoLongerAnswer() {
        var transfer = throughTheCambodianChain("Noy Chanthavong");
        awaitAsked(transfer, PartnerState.WAITING);
        var withdrawn = asCambodian("kh.prison", GDP, "PRISON_OFFICER", () -> prisoners(TwoNodes.kh())
                .withdrawConsent(transfer, "Wishes to finish the sentence near his Cambodian wife"));
        assertThat(withdrawn.status()).isEqualTo(TransferStatus.WITHDRAWN);
        var record = asCambodian("kh.prison", GDP, "PRISON_OFFICER",
                () -> prisoners(TwoNodes.kh()).prisoner(withdrawn.prisoner()));
        assertThat(record.consent()).isEqualTo(Consent.WITHDRAWN);

        var lao = awaitAsked(transfer, PartnerState.WITHDRAWN);
        assertThat(lao.note()).isEqualTo("Wishes to finish the sentence near his Cambodian wife");
        assertThatThrownBy(() -> laoAnswers(transfer, new PartnerAnswer(StepDecision.APPROVE, null,
                Adaptation.Kind.CONTINUED_ENFORCEMENT, null))).isInstanceOf(Conflict.class);
    }

    @Test
    void aCambodianMinistryRefusesAndNothingGoesToTheLaoNode() {
        var transfer = openFor("Douangchai Luangrath");
        decide(transfer, 1, "kh.prison", GDP, "PRISON_OFFICER", StepDecision.APPROVE, "");
        decide(transfer, 2, "kh.moj", AgencyId.of("KH/MOJ"), "OFFICER", StepDecision.REFUSE,
                "An appeal against the fine is pending");
        var refused = cambodian(transfer);
        assertThat(refused.status()).isEqualTo(TransferStatus.REFUSED);
        assertThat(refused.steps().get(1).note()).isEqualTo("An appeal against the fine is pending");
        assertThat(stepsSent(TwoNodes.kh(), transfer)).isZero();
        assertThat(TwoNodes.la().bean(org.liaison.prisoners.transfer.PartnerTransfers.class).find(transfer)).isEmpty();
    }

    @Test
    void aStepSentWhileTheLaoNodeIsDownArrivesWhenItReturns() {
        var la = TwoNodes.la();
        var transfer = openFor("Souphan Keola");
        la.stop();
        try {
            decide(transfer, 1, "kh.prison", GDP, "PRISON_OFFICER", StepDecision.APPROVE, "");
            decide(transfer, 2, "kh.moj", AgencyId.of("KH/MOJ"), "OFFICER", StepDecision.APPROVE, "");
            decide(transfer, 3, "kh.mfa", AgencyId.of("KH/MFAIC"), "OFFICER", StepDecision.APPROVE, "");
            assertThat(stepsSent(TwoNodes.kh(), transfer)).isEqualTo(1);
            assertThat(cambodian(transfer).current()).get().extracting(ChainStep::position).isEqualTo(4);
        } finally {
            la.start();
        }
        awaitAsked(transfer, PartnerState.WAITING);
        laoAnswers(transfer, new PartnerAnswer(StepDecision.APPROVE, null, Adaptation.Kind.CONTINUED_ENFORCEMENT, null));
        awaitCambodian(transfer, TransferStatus.APPROVED);
    }

    @Test
    void aForgedAnOutOfOrderAndAReplayedStepAreRejectedAndChangeNothing() {
        var transfer = throughTheCambodianChain("Vilay Inthapanya");
        awaitAsked(transfer, PartnerState.WAITING);

        // Signed by the Lao node, but step 2 is the Cambodian Ministry of Justice's to decide.
        sendFromLaos(decision(transfer, 1, 2, "APPROVE"));
        // The Lao side has sent nothing yet: number 3 skips two.
        sendFromLaos(decision(transfer, 3, 4, "APPROVE"));
        await().atMost(WAIT).until(() -> rejections(transfer) == 2);
        assertThat(cambodian(transfer).current()).get().satisfies(step -> {
            assertThat(step.position()).isEqualTo(4);
            assertThat(step.state()).isEqualTo(StepState.WAITING);
        });

        laoAnswers(transfer, new PartnerAnswer(StepDecision.APPROVE, null, Adaptation.Kind.CONTINUED_ENFORCEMENT, null));
        awaitCambodian(transfer, TransferStatus.APPROVED);
        // The same number again, now saying no.
        sendFromLaos(decision(transfer, 1, 4, "REFUSE"));
        await().atMost(WAIT).until(() -> rejections(transfer) == 3);
        assertThat(cambodian(transfer).status()).isEqualTo(TransferStatus.APPROVED);
        assertThat(TwoNodes.kh().db().sql("select details from audit_entry where action = 'TRANSFER_STEP_REJECTED' "
                + "and subject = ? order by seq").param("transfer:" + transfer).query(String.class).list())
                .satisfiesExactly(d -> assertThat(d).contains("not decided by LA/MPS/PRI"),
                        d -> assertThat(d).contains("out of order: sequence 3, expected 1"),
                        d -> assertThat(d).contains("replayed: sequence 1, expected 2"));
    }

    private static TransferStepMessage decision(TransferId transfer, int sequence, int position, String decision) {
        return TransferStepMessage.of("Transfer " + transfer + ": step " + position, "", MOU.value(),
                transfer.toString(), sequence, StepAction.DECISION, position).withDecision(decision,
                "REFUSE".equals(decision) ? "Changed our mind" : null,
                "APPROVE".equals(decision) ? "CONTINUED_ENFORCEMENT" : null, "APPROVE".equals(decision) ? 100 : null);
    }

    private static void sendFromLaos(TransferStepMessage payload) {
        var sent = asLao(() -> TwoNodes.la().bean(Exchange.class).send(new OutgoingMessage(LAO_PRISONS, GDP,
                MessageKind.NOTIFICATION, DataCategory.TRANSFER_STEP, Purpose.PRISONER_TRANSFER, payload, null, null,
                List.of())));
        assertThat(sent).isInstanceOf(Sent.class);
    }

    private static long rejections(TransferId transfer) {
        return TwoNodes.kh().db().sql("select count(*) from audit_entry where action = 'TRANSFER_STEP_REJECTED' "
                + "and subject = ?").param("transfer:" + transfer).query(Long.class).single();
    }

    private static long stepsSent(FederationNode node, TransferId transfer) {
        return node.db().sql("select count(*) from audit_entry where action = 'TRANSFER_STEP_SENT' and subject = ?")
                .param("transfer:" + transfer).query(Long.class).single();
    }

    /** A new Lao prisoner on the Cambodian node, his case opened and approved by Cambodia's three agencies. */
    private static TransferId throughTheCambodianChain(String name) {
        var transfer = openFor(name);
        decide(transfer, 1, "kh.prison", GDP, "PRISON_OFFICER", StepDecision.APPROVE, "");
        decide(transfer, 2, "kh.moj", AgencyId.of("KH/MOJ"), "OFFICER", StepDecision.APPROVE, "");
        decide(transfer, 3, "kh.mfa", AgencyId.of("KH/MFAIC"), "OFFICER", StepDecision.APPROVE, "");
        return transfer;
    }

    private static TransferId openFor(String name) {
        return asCambodian("kh.prison", GDP, "PRISON_OFFICER", () -> {
            var prisoners = prisoners(TwoNodes.kh());
            var prisoner = prisoners.register(draft(name));
            return prisoners.openTransfer(prisoner.id(), MOU).id();
        });
    }

    private static PrisonerDraft draft(String name) {
        var nativeName = "Bounthanh Phommachack".equals(name) ? "ບຸນທັນ ພົມມະຈັກ" : null;
        return new PrisonerDraft(GDP.value(), "Correctional Centre 1, Phnom Penh", name, nativeName,
                nativeName == null ? null : "lo", "LA", Sex.MALE, LocalDate.of(1988, 7, 2), List.of(),
                List.of(new Offence("Drug trafficking", "Law on Drug Control (2012)", "40")), LocalDate.of(2024, 1, 15),
                8, 0, 0, 0, 0, 0, 30, null, null, true, false, Consent.GIVEN, false, null, null, "Asthma", null);
    }

    private static void decide(TransferId transfer, int position, String user, AgencyId agency, String role,
                               StepDecision decision, String note) {
        asCambodian(user, agency, role, () -> prisoners(TwoNodes.kh()).decide(new StepRef(transfer, position), decision, note));
    }

    private static void laoAnswers(TransferId transfer, PartnerAnswer answer) {
        asLao(() -> prisoners(TwoNodes.la()).answer(transfer, answer));
    }

    private static PartnerTransfer awaitAsked(TransferId transfer, PartnerState state) {
        await().atMost(WAIT).until(() -> TwoNodes.la().bean(org.liaison.prisoners.transfer.PartnerTransfers.class)
                .find(transfer).filter(p -> p.state() == state).isPresent());
        return asLao(() -> prisoners(TwoNodes.la()).partnerTransfer(transfer));
    }

    private static Transfer awaitCambodian(TransferId transfer, TransferStatus status) {
        await().atMost(WAIT).until(() -> cambodian(transfer).status() == status);
        return cambodian(transfer);
    }

    private static Transfer cambodian(TransferId transfer) {
        return asCambodian("kh.prison", GDP, "PRISON_OFFICER", () -> prisoners(TwoNodes.kh()).transfer(transfer).transfer());
    }

    private static Prisoners prisoners(FederationNode node) {
        return node.bean(Prisoners.class);
    }

    private static <T> T asCambodian(String user, AgencyId agency, String role, Supplier<T> work) {
        return OfficerContext.as(user, agency.value(), role, work);
    }

    private static <T> T asLao(Supplier<T> work) {
        return OfficerContext.as("la.prison", LAO_PRISONS.value(), "PRISON_OFFICER", work);
    }
}
