package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.liaison.OfficerContext;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementFilter;
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
import org.liaison.exchange.Allowed;
import org.liaison.exchange.Denied;
import org.liaison.exchange.FederationNode;
import org.liaison.exchange.Sent;
import org.liaison.exchange.TwoNodes;
import org.liaison.shared.NodeTask;

/**
 * Two real nodes: a Lao officer records a methamphetamine seizure near the Cambodian border, sees the agreements'
 * answer before sending, and shares the case with the Cambodian Ministry of Interior, whose officers (and only
 * they) see it as a partner case; a summary received as TLP:RED is never passed on.
 */
class CasesAcrossNodesTests {

    private static final AgreementId RED_TEST = AgreementId.of("KH-LA-CASES-RED-2026");

    @Test
    void aLaoCaseSharedWithTheCambodianMinistryArrivesAsAPartnerCaseOnlyItsOfficersSee() {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        var opened = as("la.officer", "LA/MPS", () -> {
            var c = cases(la).open(CaseMother.drugCase("LA/MPS", cases(la).today()));
            cases(la).addPerson(c.id(), CaseMother.laoSuspect());
            cases(la).addSeizure(c.id(), CaseMother.tablets("120000", cases(la).today()));
            return c;
        });
        var toCambodia = new ShareDraft("KH/MOI", Purpose.INVESTIGATION, Set.of(SharePart.SUMMARY, SharePart.PERSONS,
                SharePart.SEIZURES));

        var check = as("la.officer", "LA/MPS", () -> cases(la).checkShare(opened.id(), toCambodia));
        assertThat(check).isInstanceOfSatisfying(Allowed.class, allowed -> {
            assertThat(allowed.clause().toString()).startsWith("KH-LA-SEC-").endsWith(" art. 2.1");
            assertThat(allowed.handling()).isEqualTo(HandlingCode.AMBER);
        });
        var toVietnam = as("la.officer", "LA/MPS", () -> cases(la).checkShare(opened.id(),
                new ShareDraft("VN/MPS", Purpose.INVESTIGATION, Set.of(SharePart.SUMMARY))));
        assertThat(toVietnam).isInstanceOf(Denied.class);

        var sent = as("la.officer", "LA/MPS", () -> cases(la).share(opened.id(), toCambodia));
        assertThat(sent).isInstanceOf(Sent.class);
        assertThat(as("la.officer", "LA/MPS", () -> cases(la).file(opened.id()).shares()))
                .singleElement().satisfies(share -> assertThat(share.recipient()).isEqualTo("KH/MOI"));

        await().atMost(Duration.ofSeconds(30)).until(() -> partnerCase(kh, "KH/MOI", opened.number()) != null);
        var arrived = partnerCase(kh, "KH/MOI", opened.number());
        assertThat(arrived.sender()).isEqualTo("LA/MPS");
        assertThat(arrived.offence()).isEqualTo("DRUG_TRAFFICKING");
        assertThat(arrived.body()).contains("ສົມພອນ ວົງສະຫວັນ", "METHAMPHETAMINE_TABLETS: 120000 TABLETS");
        assertThat(partnerCase(kh, "KH/MOI/GDP", opened.number())).isNull();
    }

    @Test
    void aSummaryReceivedAsTlpRedIsNeverPassedOn() {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        redClause(kh);
        redClause(la);
        var opened = as("la.imm", "LA/MPS/IMM", () -> cases(la).open(CaseMother.drugCase("LA/MPS/IMM", cases(la).today())));
        var share = new ShareDraft("KH/MOI/GDI", Purpose.PROSECUTION, Set.of(SharePart.SUMMARY));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as("la.imm", "LA/MPS/IMM", () -> cases(la).checkShare(opened.id(), share)) instanceof Allowed allowed
                        && allowed.handling() == HandlingCode.RED);

        assertThat(as("la.imm", "LA/MPS/IMM", () -> cases(la).share(opened.id(), share))).isInstanceOf(Sent.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> partnerCase(kh, "KH/MOI/GDI", opened.number()) != null);
        var arrived = partnerCase(kh, "KH/MOI/GDI", opened.number());

        var onward = as("kh.gdi", "KH/MOI/GDI", () -> cases(kh).checkForward(arrived.id(), AgencyId.of("LA/SPPO"),
                Purpose.PROSECUTION));
        assertThat(onward).isInstanceOfSatisfying(Denied.class, denied -> assertThat(denied.why()).isEqualTo(Denied.Why.HANDLING));
        var forwarded = as("kh.gdi", "KH/MOI/GDI", () -> cases(kh).forward(arrived.id(), AgencyId.of("LA/SPPO"),
                Purpose.PROSECUTION));
        assertThat(forwarded).isInstanceOfSatisfying(Denied.class, denied -> assertThat(denied.why()).isEqualTo(Denied.Why.HANDLING));
    }

    @Test
    void eachNodeLoadsTheDemoCasesOfItsAgenciesMarkedAsAssumed() {
        var kh = TwoNodes.kh();
        var crossing = OfficerContext.as("kh.admin", "KH/MOI", "ADMIN", () -> cases(kh).cases(
                new CaseFilter(CaseType.ILLEGAL_BORDER_CROSSING, null, "Svay Rieng", null)));
        assertThat(crossing).anySatisfy(c -> {
            assertThat(c.place().unguarded()).isTrue();
            assertThat(c.place().checkpoint()).isNotNull();
            assertThat(c.demoNote()).startsWith("Assumed for the demo: seed 004");
        });
        var lao = OfficerContext.as("la.admin", "LA/MPS", "ADMIN", () -> cases(TwoNodes.la()).cases(CaseFilter.all()));
        assertThat(lao).extracting(c -> c.leadAgency().value()).contains("LA/MPS", "LA/SPPO").doesNotContain("KH/MOI/GDI");
    }

    private static PartnerCase partnerCase(FederationNode node, String agency, String number) {
        return as("reader", agency, () -> cases(node).partnerCases().stream()
                .filter(p -> number.equals(p.caseNumber())).findFirst().orElse(null));
    }

    /** Case summaries between the immigration department and the general department, for prosecution, as TLP:RED. */
    private static void redClause(FederationNode node) {
        NodeTask.run("test", () -> {
            var registry = node.bean(AgreementRegistry.class);
            if (registry.find(AgreementFilter.none()).stream().noneMatch(a -> a.id().equals(RED_TEST))) {
                registry.register(new AgreementDraft(RED_TEST, AgreementKind.MOU, "Test arrangement on case files "
                        + "for prosecution", null, false, List.of(Party.of("LA/MPS/IMM"), Party.of("KH/MOI/GDI")),
                        LocalDate.of(2026, 1, 10), "Vientiane", MeetingForm.IN_PERSON, LocalDate.of(2026, 1, 10), null,
                        null, "Asia/Vientiane", Set.of(CooperationArea.DRUG_TRAFFICKING), null));
                registry.addClause(RED_TEST, new SharingClause("1", Party.of("LA/MPS/IMM"), Party.of("KH/MOI/GDI"), true,
                        Set.of(DataCategory.CASE_SUMMARY), Set.of(Purpose.PROSECUTION), HandlingCode.RED, 365, null));
                registry.changeStatus(RED_TEST, AgreementStatus.SIGNED, null, null);
                registry.changeStatus(RED_TEST, AgreementStatus.IN_FORCE, LocalDate.of(2026, 1, 10), null);
            }
        });
        var query = new PolicyQuery(AgencyId.of("LA/MPS/IMM"), AgencyId.of("KH/MOI/GDI"), DataCategory.CASE_SUMMARY,
                Purpose.PROSECUTION, Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> node.bean(AgreementRegistry.class).decide(query).allowed());
    }

    private static Cases cases(FederationNode node) {
        return node.bean(Cases.class);
    }

    private static <T> T as(String user, String agency, Supplier<T> work) {
        return OfficerContext.as(user, agency, "OFFICER", work);
    }
}
