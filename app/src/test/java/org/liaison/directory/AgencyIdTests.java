package org.liaison.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.shared.InvalidInput;

class AgencyIdTests {

    @ParameterizedTest
    @ValueSource(strings = { "KH/MOI", "KH/MOI/GDP", "VN/MPS/C10", "LA/MPS/PRI/A1" })
    void acceptsCountryCodeWithOneToThreeSegments(String value) {
        assertThat(AgencyId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "KH", "kh/moi", "KH/M", "KHM/MOI", "KH/MOI/", "KH//MOI", "KH/MOI/GDP/A1/B2",
            "KH/ABCDEFGHIJKLM", "KH/MOI GDP", "KH/MÖI" })
    void rejectsMalformedIds(String value) {
        assertThatThrownBy(() -> AgencyId.of(value)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void derivesParentByDroppingTheLastSegment() {
        assertThat(AgencyId.of("KH/MOI/GDP").parent()).contains(AgencyId.of("KH/MOI"));
        assertThat(AgencyId.of("LA/MPS/PRI/A1").parent()).contains(AgencyId.of("LA/MPS/PRI"));
    }

    @Test
    void topLevelAgencyHasNoParentAndKnowsItsCountry() {
        var ministry = AgencyId.of("LA/MPS");
        assertThat(ministry.parent()).isEmpty();
        assertThat(ministry.country()).isEqualTo("LA");
    }
}
