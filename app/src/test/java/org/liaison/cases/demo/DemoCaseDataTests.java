package org.liaison.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liaison.cases.SeizureDraft;

class DemoCaseDataTests {

    @Test
    void everyDemoCaseSaysWhatIsAssumedAndKeepsTheRulesAnOfficerWouldBeHeldTo() {
        var seeds = DemoCaseData.all();
        assertThat(seeds).extracting(DemoCaseData.Seed::country).contains("KH", "LA", "VN");
        for (var seed : seeds) {
            assertThat(seed.assumed()).as(seed.key()).isNotBlank().contains("seed 00").contains("invented");
            assertThat(seed.occurred()).as(seed.key()).isBefore(LocalDate.of(2026, 1, 1));
            assertThat(seed.number()).as(seed.key()).startsWith(seed.lead() + "-").contains("-D");
            assertThat(seed.persons()).as(seed.key()).allSatisfy(p -> assertThat(p.latin()).isNotBlank());
            seed.seized().forEach(s -> new SeizureDraft(s.item(), null, s.quantity(), s.unit(), s.value(), s.currency(),
                    s.on(), s.lot()).requireConsistent(LocalDate.of(2026, 1, 1)));
        }
    }

    @Test
    void theSeedsGiveADrugCaseOnTheLaoBorderAProsecutorsCaseAndACrossingAtAnUnguardedPoint() {
        var seeds = DemoCaseData.all();
        assertThat(seeds).anySatisfy(s -> assertThat(s.lead()).isEqualTo("LA/SPPO"));
        assertThat(seeds).filteredOn(DemoCaseData.Seed::unguarded).extracting(DemoCaseData.Seed::province)
                .contains("Svay Rieng");
        assertThat(seeds).filteredOn(s -> s.checkpoint() != null && s.checkpoint().equals("Nong Nok Khiene")).isNotEmpty();
    }
}
