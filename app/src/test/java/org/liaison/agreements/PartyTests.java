package org.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.directory.AgencyId;
import org.liaison.shared.InvalidInput;

/** The one rule of who acts within a party: a state for its country's agencies, an agency for its subtree. */
class PartyTests {

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            KH         | KH/MOI        | true
            KH         | KH/MOI/GDP/A1 | true
            KH         | LA/MPS        | false
            KH/MOI     | KH/MOI        | true
            KH/MOI     | KH/MOI/GDP    | true
            KH/MOI     | KH/MOI/GDP/A1 | true
            KH/MOI/GDP | KH/MOI        | false
            KH/MOI     | KH/SPO        | false
            KH/MOI     | KH/MOIX       | false
            KH/MOI     | LA/MOI        | false
            LA/MPS/PRI | LA/MPS/PRI    | true
            """)
    void anAgencyActsWithinItsStateAndWithinEveryAgencyAboveIt(String party, String agency, boolean covers) {
        assertThat(Party.of(party).covers(AgencyId.of(agency))).isEqualTo(covers);
    }

    @ParameterizedTest(name = "{0} covers party {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            KH         | KH         | true
            KH         | LA         | false
            KH         | KH/MOI     | true
            KH/MOI     | KH         | false
            KH/MOI     | KH/MOI/GDP | true
            KH/MOI/GDP | KH/MOI     | false
            KH/MOI     | VN/MOI     | false
            """)
    void aPartyCoversItselfAndWhatLiesWithinItButNoAgencyCoversAState(String party, String other, boolean covers) {
        assertThat(Party.of(party).covers(Party.of(other))).isEqualTo(covers);
    }

    @ParameterizedTest
    @ValueSource(strings = { "KH", "KH/MOI", "KH/MOI/GDP", "KH/MOI/GDP/A1", "LA/MPS", "KH/MOIX" })
    void theLineageIsExactlyThePartiesThatCoverIt(String value) {
        var party = Party.of(value);
        var candidates = Stream.of("KH", "LA", "KH/MOI", "KH/MOI/GDP", "KH/MOI/GDP/A1", "KH/MOIX",
                "LA/MPS", "KH/SPO").map(Party::of);

        assertThat(party.lineage()).first().isEqualTo(party);
        assertThat(party.lineage()).last().isEqualTo(Party.of(party.country()));
        assertThat(candidates.filter(candidate -> candidate.covers(party)))
                .containsExactlyInAnyOrderElementsOf(party.lineage());
    }

    @Test
    void knowsWhetherItIsAStateOrAnAgency() {
        assertThat(Party.of("LA").isState()).isTrue();
        assertThat(Party.of("LA").agency()).isEmpty();
        assertThat(Party.of("LA/MPS").agency()).contains(AgencyId.of("LA/MPS"));
        assertThat(Party.of("LA/MPS/PRI").country()).isEqualTo("LA");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "K", "kh", "KHM", "KH/", "KH/M", "KH//MOI", "KH/MOI/GDP/A1/B2" })
    void refusesWhatIsNeitherAStateNorAnAgency(String value) {
        assertThatThrownBy(() -> Party.of(value)).isInstanceOf(InvalidInput.class);
        assertThat(value.matches(Party.PATTERN)).isFalse();
    }
}
