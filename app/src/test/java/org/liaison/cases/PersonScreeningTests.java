package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.screening.AlertMother;
import org.liaison.screening.Screening;
import org.liaison.screening.Traveller;
import org.liaison.shared.Conflict;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adding a person screens the name against the alerts in force and finds the persons of the officer's other cases
 * across scripts: a Lao-script suspect finds his romanized twin, and the alert issued under his Latin name. Search
 * finds persons by name in any script, and cases and seizures by their words, within the officer's reach.
 */
@NodeTest
@WithOfficer(username = "kh.officer", agency = "KH/MOI/GDI", roles = "OFFICER")
class PersonScreeningTests {

    @Autowired Cases cases;
    @Autowired Screening screening;
    @Autowired JdbcClient jdbc;

    @Test
    void aLaoScriptSuspectFindsTheAlertAndTheRomanizedTwinOfAnotherCase() {
        var alert = screening.issue(AlertMother.person("Somphone Vongsavanh"), null);
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() ->
                !screening.screen(Traveller.named("Somphone Vongsavanh"), null).clear());
        var day = cases.today().minusDays(1);
        var latin = cases.open(CaseMother.drugCase("KH/MOI/GDI", day));
        cases.addPerson(latin.id(), new PersonDraft(PersonRole.SUSPECT, null, "Somphone Vongsavanh", "LA", null, List.of()));
        var lao = cases.open(CaseMother.drugCase("KH/MOI/GDI", day));

        var added = cases.addPerson(lao.id(), CaseMother.laoSuspect());

        assertThat(added.person().nameOriginal()).isEqualTo("ສົມພອນ ວົງສະຫວັນ");
        assertThat(added.alerts()).anySatisfy(match -> assertThat(match.reference()).isEqualTo(alert.reference()));
        assertThat(added.namesakes()).anySatisfy(twin -> {
            assertThat(twin.other()).isEqualTo(latin.id());
            assertThat(twin.detail()).contains("Somphone Vongsavanh");
        });
    }

    @Test
    void aPersonRefusedIsNeitherLinkedNorScreened() {
        var closed = cases.open(CaseMother.drugCase("KH/MOI/GDI", cases.today()));
        cases.move(closed.id(), CaseStatus.CLOSED, "no further action");
        var screenings = count("select count(*) from audit_entry where action = 'SCREENING_PERFORMED'");

        assertThatThrownBy(() -> cases.addPerson(closed.id(), CaseMother.laoSuspect())).isInstanceOf(Conflict.class);

        assertThat(count("select count(*) from case_person where case_id = '" + closed.id().value() + "'")).isZero();
        assertThat(count("select count(*) from audit_entry where action = 'SCREENING_PERFORMED'")).isEqualTo(screenings);
    }

    @Test
    void searchFindsALaoScriptPersonByHisLatinNameAndCasesAndSeizuresByTheirWordsOnlyInTheOfficersReach() {
        var lot = "LOT-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        var lao = cases.open(CaseMother.drugCase("KH/MOI/GDI", cases.today()));
        cases.addPerson(lao.id(), CaseMother.laoSuspect());
        var t = CaseMother.tablets("5000", cases.today());
        cases.addSeizure(lao.id(), new SeizureDraft(t.item(), null, t.quantity(), t.unit(), null, null, t.seizedOn(), lot));

        assertThat(cases.search("Somphone Vongsavanh")).anySatisfy(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchHit.Kind.PERSON);
            assertThat(hit.caseId()).isEqualTo(lao.id());
        });
        assertThat(cases.search(lot)).anySatisfy(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchHit.Kind.SEIZURE);
            assertThat(hit.detail()).contains(lot);
        });
        assertThat(cases.search("methamphetamine truck")).anyMatch(hit -> hit.kind() == SearchHit.Kind.CASE
                && hit.caseId().equals(lao.id()));
        assertThat(org.liaison.OfficerContext.as("gdp.officer", "KH/MOI/GDP", "OFFICER", () -> cases.search(lot))).isEmpty();
        assertThatThrownBy(() -> cases.search("x")).isInstanceOf(org.liaison.shared.InvalidInput.class);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
