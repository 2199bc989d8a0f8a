package org.liaison.screening.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liaison.screening.MrzNote;
import org.liaison.screening.Gender;
import org.liaison.shared.InvalidInput;

class MrzTests {

    /** The specimen of ICAO Doc 9303 part 4 (Utopia, Eriksson Anna Maria). */
    private static final String SPECIMEN_PASSPORT = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10""";

    /** The TD1 specimen of ICAO Doc 9303 part 5. */
    private static final String SPECIMEN_CARD = """
            I<UTOD231458907<<<<<<<<<<<<<<<
            7408122F1204159UTO<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<""";

    @Test
    void readsThePassportSpecimenWithEveryCheckDigitVerified() {
        var data = Mrz.parse(SPECIMEN_PASSPORT);

        assertThat(data.surname()).isEqualTo("ERIKSSON");
        assertThat(data.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(data.documentNumber()).isEqualTo("L898902C3");
        assertThat(data.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(data.expiry()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(data.gender()).isEqualTo(Gender.FEMALE);
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void readsTheIdentityCardSpecimen() {
        var data = Mrz.parse(SPECIMEN_CARD);

        assertThat(data.name()).isEqualTo("ANNA MARIA ERIKSSON");
        assertThat(data.documentNumber()).isEqualTo("D23145890");
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void reportsAMistypedDocumentNumberButStillReadsTheName() {
        var data = Mrz.parse(SPECIMEN_PASSPORT.replace("L898902C36", "L898902C46"));

        assertThat(data.problems()).extracting(MrzNote::code, MrzNote::field)
                .contains(tuple(MrzNote.Code.CHECK_DIGIT, MrzNote.Field.DOCUMENT_NUMBER));
        assertThat(data.problems().getFirst().text()).isEqualTo("the document number check digit does not verify");
        assertThat(data.surname()).isEqualTo("ERIKSSON");
    }

    @Test
    void toleratesSpacesLowerCaseAndBlankLinesFromAPaste() {
        var pasted = "\n  " + SPECIMEN_PASSPORT.toLowerCase().replace("\n", " \n\n ") + "  \n";

        assertThat(Mrz.parse(pasted).problems()).isEmpty();
    }

    @Test
    void mapsAlpha3NationalitiesOfTheRegion() {
        assertThat(Mrz.alpha2("KHM")).isEqualTo("KH");
        assertThat(Mrz.alpha2("LAO")).isEqualTo("LA");
        assertThat(Mrz.alpha2("VNM")).isEqualTo("VN");
        assertThat(Mrz.alpha2("THA")).isEqualTo("TH");
        assertThat(Mrz.alpha2("XXX")).isNull();
    }

    @Test
    void refusesTextThatIsNoMrzWithWhatWasExpected() {
        assertThatThrownBy(() -> Mrz.parse("SOMSAK KEOVONGSA")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("2 lines of 44");
        assertThatThrownBy(() -> Mrz.parse("P<UTO€")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Mrz.parse("<".repeat(500))).isInstanceOf(InvalidInput.class);
    }
}
