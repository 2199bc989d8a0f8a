package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.springframework.beans.factory.annotation.Autowired;

@NodeTest
@WithOfficer(username = "kh.officer", agency = "KH/MOI/GDI", roles = "OFFICER")
class CaseLinksAndStatisticsTests {

    @Autowired Cases cases;

    @Test
    void aSuspectWrittenInLaoScriptFindsHisRomanizedTwinAndPlatesAndLotsMatchWhateverTheirPunctuation() {
        var day = cases.today().minusDays(2);
        var lao = cases.open(CaseMother.drugCase("KH/MOI/GDI", day));
        cases.addPerson(lao.id(), CaseMother.laoSuspect());
        cases.addVehicle(lao.id(), new VehicleDraft(VehicleKind.TRUCK, "CPS 4521", "LA", null));
        var latin = cases.open(CaseMother.drugCase("KH/MOI/GDI", day));
        cases.addPerson(latin.id(), new PersonDraft(PersonRole.SUSPECT, null, "Somphone Vongsavanh", "LA", null, List.of()));
        cases.addVehicle(latin.id(), new VehicleDraft(VehicleKind.TRUCK, "cps-4521", "LA", null));
        var unrelated = cases.open(CaseMother.drugCase("KH/MOI/GDI", day));
        cases.addPerson(unrelated.id(), new PersonDraft(PersonRole.WITNESS, null, "Chan Sophea", "KH", null, List.of()));
        var elsewhere = OfficerContext.as("gdp.officer", "KH/MOI/GDP", "OFFICER", () -> {
            var c = cases.open(CaseMother.drugCase("KH/MOI/GDP", day));
            cases.addPerson(c.id(), new PersonDraft(PersonRole.SUSPECT, null, "Somphone Vongsavanh", "LA", null, List.of()));
            return c;
        });

        var links = cases.links(lao.id());

        assertThat(links).filteredOn(l -> l.other().equals(latin.id())).extracting(CaseLink::kind)
                .contains(LinkKind.SAME_PERSON, LinkKind.SAME_VEHICLE);
        assertThat(links).extracting(CaseLink::other).doesNotContain(unrelated.id(), elsewhere.id(), lao.id());
        assertThat(links).filteredOn(l -> l.kind() == LinkKind.SAME_PERSON).allSatisfy(l -> assertThat(l.score()).isGreaterThan(0.8));
        var seenByAdministrator = OfficerContext.as("kh.admin", "KH/MOI", "ADMIN", () -> cases.links(lao.id()));
        assertThat(seenByAdministrator).extracting(CaseLink::other).contains(latin.id());
    }

    @Test
    void statisticsCountTheCallersCasesPerTypeAndMonthAndNoOneElses() {
        var year = cases.today().getYear() - 1;
        var before = cases.statistics(year);
        cases.open(CaseMother.drugCase("KH/MOI/GDI", LocalDate.of(year, 3, 10)));
        cases.open(CaseMother.drugCase("KH/MOI/GDI", LocalDate.of(year, 3, 20)));
        OfficerContext.as("gdp.officer", "KH/MOI/GDP", "OFFICER", () ->
                cases.open(CaseMother.drugCase("KH/MOI/GDP", LocalDate.of(year, 3, 15))));

        var after = cases.statistics(year);

        assertThat(after.totalOf(CaseType.DRUG_TRAFFICKING) - before.totalOf(CaseType.DRUG_TRAFFICKING)).isEqualTo(2);
        assertThat(after.totalIn(3) - before.totalIn(3)).isEqualTo(2);
        assertThat(after.byType().get(CaseType.DRUG_TRAFFICKING)).hasSize(12);
    }
}
