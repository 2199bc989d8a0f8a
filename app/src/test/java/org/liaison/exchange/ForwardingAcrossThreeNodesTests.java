package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.agreements.SharingClause;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.payload.CaseSummary;
import org.liaison.exchange.payload.PersonOfInterest;
import org.liaison.exchange.store.MessageContents;
import org.liaison.exchange.trust.Partners;
import org.liaison.identity.Role;
import org.liaison.shared.NodeTask;

/**
 * Re-forwarding across three real nodes (ADR 0013): LA receives a KH case summary under the KH–LA clause; an LA
 * officer may pass it on to VN only once an agreement in force lets LA send that category to VN for that purpose,
 * and the refusal says what is missing. What KH marked for the recipient alone never goes further.
 */
class ForwardingAcrossThreeNodesTests {

    static final AgencyId VN_MPS = AgencyId.of("VN/MPS");
    static final AgreementId LA_VN = AgreementId.of("LA-VN-SEC-2026");

    static FederationNode kh;
    static FederationNode la;
    static FederationNode vn;

    @BeforeAll
    static void threeNodes() throws Exception {
        kh = FederationNode.prepare("KH-1");
        la = FederationNode.prepare("LA-1");
        vn = FederationNode.prepare("VN-1");
        for (var node : List.of(kh, la, vn)) {
            for (var peer : List.of(kh, la, vn)) {
                if (node != peer) {
                    node.trusting(peer);
                }
            }
        }
        TwoNodes.startTogether(kh, la);
        vn.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> !la.bean(Partners.class).keysOf("VN-1").isEmpty()
                && !vn.bean(Partners.class).keysOf("LA-1").isEmpty() && !la.bean(Partners.class).keysOf("KH-1").isEmpty()
                && !kh.bean(Partners.class).keysOf("LA-1").isEmpty());
        var khToLa = new PolicyQuery(MessageMother.KH_MOI, MessageMother.LA_MPS, DataCategory.CASE_SUMMARY,
                Purpose.INVESTIGATION, Instant.now());
        await().atMost(Duration.ofSeconds(60)).until(() -> kh.bean(AgreementRegistry.class).decide(khToLa).allowed()
                && la.bean(AgreementRegistry.class).decide(khToLa).allowed());
    }

    @AfterAll
    static void stop() {
        vn.close();
        la.close();
        kh.close();
    }

    @Test
    void aCaseSummaryFromKhGoesOnFromLaToVnOnlyOnceAnAgreementInForceAllowsIt() throws Exception {
        var summary = new CaseSummary("Case 2026/231: methamphetamine convoy at Dong Kralor",
                "Two suspects held; the lorry came from the Lao side.", "KH-2026-231", "KH-2026-231", "drug trafficking");
        var id = TwoNodes.send(kh, "KH/MOI", new OutgoingMessage(MessageMother.KH_MOI, MessageMother.LA_MPS,
                MessageKind.NOTIFICATION, DataCategory.CASE_SUMMARY, Purpose.INVESTIGATION, summary, null, null, List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> TwoNodes.inboxRows(la, id) == 1);
        long denials = la.audited("MESSAGE_DENIED");

        var refused = asLaOfficer(() -> la.bean(Exchange.class).forward(id, VN_MPS, Purpose.INVESTIGATION));

        assertThat(refused).isInstanceOfSatisfying(Denied.class, denied -> {
            assertThat(denied.why()).isEqualTo(Denied.Why.AGREEMENTS);
            assertThat(denied.explanation()).contains("CASE_SUMMARY", "VN/MPS", "INVESTIGATION");
        });
        assertThat(asLaOfficer(() -> la.bean(Exchange.class).checkForward(id, VN_MPS, Purpose.INVESTIGATION)))
                .as("the same answer without sending").isInstanceOf(Denied.class);
        assertThat(la.db().sql("select count(*) from exchange_message where direction = 'OUT' and recipient_agency = 'VN/MPS'")
                .query(Long.class).single()).isZero();
        assertThat(la.audited("MESSAGE_DENIED")).isEqualTo(denials + 1);

        agreementBetweenLaAndVn(la);
        agreementBetweenLaAndVn(vn);
        awaitAllowed(la, DataCategory.CASE_SUMMARY);
        awaitAllowed(vn, DataCategory.CASE_SUMMARY);

        var forwarded = asLaOfficer(() -> la.bean(Exchange.class).forward(id, VN_MPS, Purpose.INVESTIGATION));
        assertThat(forwarded).isInstanceOfSatisfying(Sent.class, sent ->
                assertThat(sent.clause().toString()).isEqualTo("LA-VN-SEC-2026 art. 4"));
        var forwardedId = ((Sent) forwarded).id();
        await().atMost(Duration.ofSeconds(30)).until(() -> TwoNodes.inboxRows(vn, forwardedId) == 1);
        var arrived = vn.bean(MessageContents.class).payload(TwoNodes.messageOn(vn, forwardedId));
        assertThat(arrived).isEqualTo(summary);
        assertThat(TwoNodes.messageOn(vn, forwardedId).sender()).isEqualTo(MessageMother.LA_MPS);
    }

    @Test
    void whatKhMarkedForTheRecipientAgencyAloneIsNeverForwardedWhateverTheAgreements() throws Exception {
        var person = new PersonOfInterest("Person of interest: Keo Sophal", "Seen at the Stung Treng crossing.", null,
                "Keo Sophal", null, "1990-05-02", "KH");
        var id = TwoNodes.send(kh, "KH/MOI", new OutgoingMessage(MessageMother.KH_MOI, MessageMother.LA_MPS,
                MessageKind.NOTIFICATION, DataCategory.PERSON_OF_INTEREST, Purpose.INVESTIGATION, person, null, null,
                List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> TwoNodes.inboxRows(la, id) == 1);
        agreementBetweenLaAndVn(la);
        awaitAllowed(la, DataCategory.PERSON_OF_INTEREST);

        var refused = asLaOfficer(() -> la.bean(Exchange.class).forward(id, VN_MPS, Purpose.INVESTIGATION));

        assertThat(refused).isInstanceOfSatisfying(Denied.class, denied -> {
            assertThat(denied.why()).isEqualTo(Denied.Why.HANDLING);
            assertThat(denied.explanation()).contains("TLP:AMBER+STRICT");
        });
    }

    /** An agreement between the two ministries, in force since March 2026, registered on one node (idempotently). */
    private static void agreementBetweenLaAndVn(FederationNode node) {
        NodeTask.run("test", () -> {
            var registry = node.bean(AgreementRegistry.class);
            if (registry.find(org.liaison.agreements.AgreementFilter.none()).stream()
                    .anyMatch(a -> a.id().equals(LA_VN))) {
                return;
            }
            registry.register(new AgreementDraft(LA_VN, AgreementKind.MOU, "MoU on security cooperation between the "
                    + "Lao Ministry of Public Security and the Vietnamese Ministry of Public Security", null, false,
                    List.of(Party.of("LA/MPS"), Party.of("VN/MPS")), LocalDate.of(2026, 3, 1), "Hanoi",
                    MeetingForm.IN_PERSON, LocalDate.of(2026, 3, 1), null, null, "Asia/Ho_Chi_Minh",
                    Set.of(CooperationArea.DRUG_TRAFFICKING), null));
            registry.addClause(LA_VN, new SharingClause("4", Party.of("LA/MPS"), Party.of("VN/MPS"), true,
                    Set.of(DataCategory.CASE_SUMMARY, DataCategory.PERSON_OF_INTEREST), Set.of(Purpose.INVESTIGATION),
                    HandlingCode.AMBER, 365, null));
            registry.changeStatus(LA_VN, AgreementStatus.SIGNED, null, null);
            registry.changeStatus(LA_VN, AgreementStatus.IN_FORCE, LocalDate.of(2026, 3, 1), null);
        });
    }

    private static void awaitAllowed(FederationNode node, DataCategory category) {
        var query = new PolicyQuery(MessageMother.LA_MPS, VN_MPS, category, Purpose.INVESTIGATION, Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> node.bean(AgreementRegistry.class).decide(query).allowed());
    }

    private static <T> T asLaOfficer(java.util.concurrent.Callable<T> work) throws Exception {
        return Officers.as("la.officer", "LA/MPS", work, Role.OFFICER);
    }
}
