package org.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.documents.StateCode.Kind;

class StateCodeTests {

    @Test
    void mapsTheStatesOfTheRegionToTheirAlpha2Codes() {
        assertThat(StateCode.alpha2("KHM")).isEqualTo("KH");
        assertThat(StateCode.alpha2("lao")).isEqualTo("LA");
        assertThat(StateCode.alpha2("VNM")).isEqualTo("VN");
        assertThat(StateCode.alpha2("THA")).isEqualTo("TH");
    }

    @Test
    void readsGermanyAsTheSingleLetterDWithItsFillers() {
        var germany = StateCode.of("D<<");

        assertThat(germany.code()).isEqualTo("D");
        assertThat(germany.kind()).isEqualTo(Kind.STATE);
        assertThat(germany.country()).isEqualTo("DE");
    }

    @Test
    void knowsTheFiveClassesOfBritishNationalsAsBritain() {
        for (var code : new String[] { "GBD", "GBN", "GBO", "GBP", "GBS" }) {
            assertThat(StateCode.of(code)).extracting(StateCode::kind, StateCode::country)
                    .containsExactly(Kind.BRITISH_NATIONAL, "GB");
        }
        assertThat(StateCode.of("GBR").kind()).isEqualTo(Kind.STATE);
    }

    @Test
    void knowsTheCodesThatNameNoState() {
        assertThat(StateCode.of("UNO").kind()).isEqualTo(Kind.UNITED_NATIONS);
        assertThat(StateCode.of("UNA").kind()).isEqualTo(Kind.UNITED_NATIONS);
        assertThat(StateCode.of("UNK").kind()).isEqualTo(Kind.UNITED_NATIONS);
        assertThat(StateCode.of("XXA").kind()).isEqualTo(Kind.STATELESS);
        assertThat(StateCode.of("XXB").kind()).isEqualTo(Kind.REFUGEE);
        assertThat(StateCode.of("XXC").kind()).isEqualTo(Kind.REFUGEE);
        assertThat(StateCode.of("XXX").kind()).isEqualTo(Kind.UNSPECIFIED);
        assertThat(StateCode.of("EUE").kind()).isEqualTo(Kind.ORGANISATION);
        assertThat(StateCode.of("XXA").country()).isNull();
    }

    @Test
    void callsAnythingElseUnknown() {
        assertThat(StateCode.of("UTQ").kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(StateCode.of("UTO").kind()).isEqualTo(Kind.SPECIMEN);
        assertThat(StateCode.of("<<<").known()).isFalse();
    }
}
