package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.liaison.shared.Conflict;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@NodeTest
@RecordApplicationEvents
@WithOfficer(username = "kh.officer", agency = "KH/MOI/GDI", roles = "OFFICER")
class CaseLifecycleTests {

    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @Autowired org.liaison.node.ThisNode node;

    @Test
    void aCaseMovesFromReportedThroughInvestigationAndReferralToClosedAndSaysWhatHappened() {
        var opened = cases.open(CaseMother.drugCase("KH/MOI/GDI", cases.today().minusDays(3)));
        cases.move(opened.id(), CaseStatus.INVESTIGATING, "");
        cases.move(opened.id(), CaseStatus.REFERRED, "file complete");
        var closed = cases.move(opened.id(), CaseStatus.CLOSED, "judgment delivered");

        assertThat(opened.number()).startsWith("KH/MOI/GDI-" + opened.details().reportedOn().getYear() + "-");
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(cases.today());
        assertThat(events.stream(CaseEvent.class).filter(e -> e.id().equals(opened.id())).map(e -> e.getClass().getSimpleName()))
                .containsExactly("CaseOpened", "InvestigationStarted", "CaseReferredToProsecution", "CaseClosed");
        assertThat(auditActions(opened.id())).containsExactly("CASE_OPENED", "CASE_STATUS_CHANGED",
                "CASE_STATUS_CHANGED", "CASE_STATUS_CHANGED");
    }

    @Test
    void refusesToReferACaseNoOneInvestigatedAndNamesTheMovesThatArePossible() {
        var opened = cases.open(CaseMother.drugCase("KH/MOI/GDI", cases.today()));

        assertThatThrownBy(() -> cases.move(opened.id(), CaseStatus.REFERRED, ""))
                .isInstanceOf(Conflict.class).hasMessageContaining("REPORTED cannot become REFERRED")
                .hasMessageContaining("INVESTIGATING");
        assertThat(cases.file(opened.id()).crimeCase().status()).isEqualTo(CaseStatus.REPORTED);
    }

    @Test
    void aClosedCaseIsReopenedBeforeAnythingIsAddedToIt() {
        var opened = cases.open(CaseMother.drugCase("KH/MOI/GDI", cases.today()));
        cases.move(opened.id(), CaseStatus.CLOSED, "no further action");

        assertThatThrownBy(() -> cases.addPerson(opened.id(), CaseMother.laoSuspect())).isInstanceOf(Conflict.class);
        cases.move(opened.id(), CaseStatus.INVESTIGATING, "new witness");
        cases.addPerson(opened.id(), CaseMother.laoSuspect());

        assertThat(events.stream(CaseReopened.class).filter(e -> e.id().equals(opened.id()))).hasSize(1);
        assertThat(cases.file(opened.id()).persons()).hasSize(1);
    }

    @Test
    void refusesImpossibleSeizuresFutureDatesAndUnknownCheckpointsAndSavesNothing() {
        var today = cases.today();
        var before = rows();
        assertThatThrownBy(() -> cases.open(CaseMother.drugCase("KH/MOI/GDI", today.plusDays(1))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("future");
        assertThatThrownBy(() -> cases.open(CaseMother.withCheckpoint(CaseMother.drugCase("KH/MOI/GDI", today), 999_999L)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("unknown checkpoint");
        var opened = cases.open(CaseMother.drugCase("KH/MOI/GDI", today));

        assertThatThrownBy(() -> cases.addSeizure(opened.id(), CaseMother.tablets("-5", today)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> cases.addSeizure(opened.id(), new SeizureDraft(SeizedItem.TIMBER, null,
                BigDecimal.TEN, Unit.TABLETS, null, null, today, null))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("CUBIC_METRES");
        assertThatThrownBy(() -> cases.addSeizure(opened.id(), new SeizureDraft(SeizedItem.WILDLIFE, null,
                BigDecimal.ONE, Unit.HEAD, null, null, today, null))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("species");
        assertThatThrownBy(() -> cases.addSeizure(opened.id(), CaseMother.tablets("100", today.plusDays(2))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("future");
        assertThatThrownBy(() -> cases.addSeizure(opened.id(), new SeizureDraft(SeizedItem.CASH, null,
                BigDecimal.TEN, Unit.PIECES, BigDecimal.TEN, null, today, null))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("currency");

        assertThat(rows()).isEqualTo(before + 1);
        assertThat(cases.file(opened.id()).seizures()).isEmpty();
        var pangolins = cases.addSeizure(opened.id(), new SeizureDraft(SeizedItem.WILDLIFE, Species.SUNDA_PANGOLIN,
                new BigDecimal("7"), Unit.HEAD, null, null, today, null));
        assertThat(pangolins.species()).isEqualTo(Species.SUNDA_PANGOLIN);
    }

    @Test
    void aPersonNamedOnlyInLaoScriptIsAlsoKeptInLatinLetters() {
        var opened = cases.open(CaseMother.drugCase("KH/MOI/GDI", cases.today()));

        var person = cases.addPerson(opened.id(), CaseMother.laoSuspect()).person();

        assertThat(person.nameOriginal()).isEqualTo("ສົມພອນ ວົງສະຫວັນ");
        assertThat(person.nameLatin()).isNotBlank().matches("[\\p{IsLatin} .'-]+");
        assertThatThrownBy(() -> cases.addPerson(opened.id(), new PersonDraft(PersonRole.WITNESS, null, null, null,
                null, List.of()))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theChainOfCustodyOnlyGrowsAndEachHandOverStartsWithTheLastHolder() {
        var opened = cases.open(CaseMother.drugCase("KH/MOI/GDI", cases.today().minusDays(1)));
        var item = cases.addEvidence(opened.id(), new EvidenceDraft("E-1", "4,000 tablets in a bag", "Sgt. Dara", "Stung Treng post"));
        var now = LocalDateTime.now(node.zone());
        cases.handOver(opened.id(), item.id(), new HandOverDraft("Evidence room, Phnom Penh", now, "Phnom Penh", null));

        var chain = cases.file(opened.id()).evidence().getFirst().chain();
        assertThat(chain).extracting(HandOver::seq).containsExactly(1, 2);
        assertThat(chain.get(1).fromHolder()).isEqualTo("Sgt. Dara");
        assertThat(cases.file(opened.id()).evidence().getFirst().holder()).isEqualTo("Evidence room, Phnom Penh");
        assertThatThrownBy(() -> cases.handOver(opened.id(), item.id(),
                new HandOverDraft("Court", now.minusDays(3), "Court", null))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> jdbc.sql("update evidence_hand_over set to_holder = 'someone else' where evidence_id = ?")
                .param(item.id()).update()).hasMessageContaining("append-only");
    }

    @Test
    void anOfficerNeitherSeesNorCountsTheCasesOfAnAgencyOutsideTheirReach() {
        var opened = cases.open(CaseMother.drugCase("KH/MOI/GDI", cases.today()));
        var filter = new CaseFilter(null, null, null, opened.number());

        assertThat(as("KH/MOI", "OFFICER", () -> cases.count(filter))).isEqualTo(1);
        assertThat(as("KH/MOI/GDP", "OFFICER", () -> cases.count(filter))).isZero();
        assertThat(as("KH/MOI/GDP", "ANALYST", () -> cases.cases(filter))).isEmpty();
        assertThatThrownBy(() -> as("KH/MOI/GDP", "OFFICER", () -> cases.file(opened.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("KH/MOI/GDP", "OFFICER", () -> cases.move(opened.id(), CaseStatus.CLOSED, "")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("KH/MOI/GDI", "PRISON_OFFICER", () -> cases.count(filter)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("KH/MOI/GDI", "ANALYST", () -> cases.move(opened.id(), CaseStatus.CLOSED, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.open(CaseMother.drugCase("KH/MOI/GDP", cases.today())))
                .isInstanceOf(Forbidden.class);
    }

    private long rows() {
        return jdbc.sql("select count(*) from crime_case").query(Long.class).single();
    }

    private List<String> auditActions(CaseId id) {
        return jdbc.sql("select action from audit_entry where subject = ? order by seq").param("case:" + id)
                .query(String.class).list();
    }

    private static <T> T as(String agency, String role, Supplier<T> work) {
        return OfficerContext.as("other." + role.toLowerCase(java.util.Locale.ROOT), agency, role, work);
    }
}
