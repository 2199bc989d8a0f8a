package org.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text that is no zone gets a typed reason and the detail that explains it, never an exception. */
class MrzRefusalTests {

    private static MrzReading.Refused refused(String text) {
        var reading = Mrz.read(text, 2026);
        assertThat(reading).isInstanceOf(MrzReading.Refused.class);
        return (MrzReading.Refused) reading;
    }

    @Test
    void refusesBlankText() {
        assertThat(refused(" \n\t ").reason()).isEqualTo(MrzRefusal.EMPTY);
    }

    @Test
    void refusesTextLongerThanAnyZone() {
        var refusal = refused("<".repeat(500));

        assertThat(refusal.reason()).isEqualTo(MrzRefusal.TOO_LONG);
        assertThat(refusal.detail()).isEqualTo("500");
    }

    @Test
    void refusesCharactersNoZoneHoldsAndNamesThem() {
        var refusal = refused("P<UTO€");

        assertThat(refusal.reason()).isEqualTo(MrzRefusal.ALPHABET);
        assertThat(refusal.detail()).isEqualTo("€");
        assertThat(refused("SOMSAK-KEOVONGSA").detail()).isEqualTo("-");
    }

    @Test
    void refusesLinesOfTheWrongLengthsWithTheShapeFound() {
        var refusal = refused(MrzSpecimenTests.TD3.substring(0, MrzSpecimenTests.TD3.length() - 1));

        assertThat(refusal.reason()).isEqualTo(MrzRefusal.SHAPE);
        assertThat(refusal.detail()).isEqualTo("44+43");
        assertThat(refusal.text()).contains("2 lines of 44");
        assertThat(refused("SOMSAK KEOVONGSA").detail()).isEqualTo("15");
    }

    @Test
    void refusesADocumentCodeThatDoesNotFitTheFormat() {
        var refusal = refused(MrzSpecimenTests.TD1.replaceFirst("I<", "P<"));

        assertThat(refusal.reason()).isEqualTo(MrzRefusal.DOCUMENT_CODE);
        assertThat(refusal.detail()).isEqualTo("P");
        assertThat(refused(MrzSpecimenTests.TD3.replaceFirst("P<", "I<")).reason()).isEqualTo(MrzRefusal.DOCUMENT_CODE);
    }
}
