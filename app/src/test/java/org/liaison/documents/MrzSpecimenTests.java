package org.liaison.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liaison.documents.MrzProblem.Field;
import org.liaison.documents.MrzProblem.Kind;

/** The specimen zones of ICAO Doc 9303 (Utopia), one per format, read with every check digit verified. */
class MrzSpecimenTests {

    static final String TD1 = """
            I<UTOD231458907<<<<<<<<<<<<<<<
            7408122F1204159UTO<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<""";
    static final String TD2 = """
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            D231458907UTO7408122F1204159<<<<<<<6""";
    static final String TD3 = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10""";
    static final String MRV_A = """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L8988901C4XXX4009078F96121096ZE184226B<<<<<<""";
    static final String MRV_B = """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            L8988901C4XXX4009078F9612109<<<<<<<<""";
    /** Part 11, appendix D.2: a TD1 whose document number has 12 characters. */
    static final String TD1_LONG_NUMBER = """
            I<UTOD23145890<7349<<<<<<<<<<<
            3407127M9507122UTO<<<<<<<<<<<2
            STEVENSON<<PETER<JOHN<<<<<<<<<""";
    /** Part 11, appendix D.2: the same document number on a TD2. */
    static final String TD2_LONG_NUMBER = """
            I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<
            D23145890<UTO3407127M95071227349<<<8""";

    private static MrzDocument read(String zone) {
        var reading = Mrz.read(zone, 2026);
        assertThat(reading).isInstanceOf(MrzReading.Read.class);
        return ((MrzReading.Read) reading).document();
    }

    @Test
    void readsTheTd3PassportSpecimen() {
        var passport = read(TD3);

        assertThat(passport.format()).isEqualTo(MrzFormat.TD3);
        assertThat(passport.documentCode()).isEqualTo("P");
        assertThat(passport.issuingState().code()).isEqualTo("UTO");
        assertThat(passport.surname()).isEqualTo("ERIKSSON");
        assertThat(passport.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(passport.documentNumber()).isEqualTo("L898902C3");
        assertThat(passport.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(passport.sex()).isEqualTo(Sex.FEMALE);
        assertThat(passport.expiry()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(passport.optionalData()).isEqualTo("ZE184226B");
        assertThat(passport.nameTruncated()).isFalse();
    }

    @Test
    void readsTheTd1IdentityCardSpecimen() {
        var card = read(TD1);

        assertThat(card.format()).isEqualTo(MrzFormat.TD1);
        assertThat(card.name()).isEqualTo("ANNA MARIA ERIKSSON");
        assertThat(card.documentNumber()).isEqualTo("D23145890");
        assertThat(card.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(card.expiry()).isEqualTo(LocalDate.of(2012, 4, 15));
    }

    @Test
    void readsTheTd2Specimen() {
        var document = read(TD2);

        assertThat(document.format()).isEqualTo(MrzFormat.TD2);
        assertThat(document.documentNumber()).isEqualTo("D23145890");
        assertThat(document.name()).isEqualTo("ANNA MARIA ERIKSSON");
    }

    @Test
    void readsBothVisaSpecimensWhoseHolderHasNoStatedNationality() {
        for (var zone : new String[] { MRV_A, MRV_B }) {
            var visa = read(zone);

            assertThat(visa.visa()).isTrue();
            assertThat(visa.documentNumber()).isEqualTo("L8988901C");
            assertThat(visa.nationality().kind()).isEqualTo(StateCode.Kind.UNSPECIFIED);
            assertThat(visa.dateOfBirth()).isEqualTo(LocalDate.of(1940, 9, 7));
            assertThat(visa.expiry()).isEqualTo(LocalDate.of(1996, 12, 10));
        }
        assertThat(read(MRV_A).format()).isEqualTo(MrzFormat.MRV_A);
        assertThat(read(MRV_B).format()).isEqualTo(MrzFormat.MRV_B);
        assertThat(read(MRV_A).optionalData()).isEqualTo("6ZE184226B");
    }

    @Test
    void joinsALongDocumentNumberFromTheOptionalDataOfTd1AndTd2() {
        for (var zone : new String[] { TD1_LONG_NUMBER, TD2_LONG_NUMBER }) {
            var document = read(zone);

            assertThat(document.documentNumber()).isEqualTo("D23145890734");
            assertThat(document.optionalData()).isEmpty();
            assertThat(document.name()).isEqualTo("PETER JOHN STEVENSON");
            assertThat(document.sex()).isEqualTo(Sex.MALE);
        }
    }

    @Test
    void verifiesEveryCheckDigitOfEverySpecimen() {
        for (var zone : new String[] { TD1, TD2, TD3, MRV_A, MRV_B, TD1_LONG_NUMBER, TD2_LONG_NUMBER }) {
            assertThat(read(zone).problems()).as(zone).isEmpty();
        }
    }

    @Test
    void namesEachFieldWhoseCheckDigitFails() {
        var passport = read(TD3.replace("L898902C36", "L898902C46").replace("ZE184226B<<<<<10", "ZE184226B<<<<<20"));

        assertThat(passport.problems()).extracting(MrzProblem::kind, MrzProblem::field).containsExactly(
                tuple(Kind.CHECK_DIGIT, Field.DOCUMENT_NUMBER), tuple(Kind.CHECK_DIGIT, Field.OPTIONAL_DATA),
                tuple(Kind.CHECK_DIGIT, Field.COMPOSITE));
        assertThat(passport.surname()).isEqualTo("ERIKSSON");
    }

    @Test
    void findsTheCompositeCheckDigitOfAnIdentityCardWrong() {
        var card = read(TD1.replace("<<<<<<<<<<<6", "<<<<<<<<<<<7"));

        assertThat(card.problems()).extracting(MrzProblem::field).containsExactly(Field.COMPOSITE);
    }

    @Test
    void reportsImpossibleDatesUnknownCodesAndABadSex() {
        var passport = read(TD3.replace("7408122F1204159", "7413322Q1204159").replace("P<UTO", "P<QQQ"));

        assertThat(passport.problems()).extracting(MrzProblem::kind, MrzProblem::field).contains(
                tuple(Kind.UNKNOWN_CODE, Field.ISSUING_STATE), tuple(Kind.NO_SUCH_DATE, Field.DATE_OF_BIRTH),
                tuple(Kind.INVALID_CHARACTERS, Field.SEX), tuple(Kind.CHECK_DIGIT, Field.DATE_OF_BIRTH));
        assertThat(passport.dateOfBirth()).isNull();
        assertThat(passport.sex()).isNull();
    }

    @Test
    void marksANameThatFillsItsFieldAsPossiblyTruncated() {
        var card = read(TD1.replace("ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "ERIKSSON<<ANNA<MARIA<BEATRIX<C"));

        assertThat(card.nameTruncated()).isTrue();
        assertThat(card.givenNames()).isEqualTo("ANNA MARIA BEATRIX C");
    }

    @Test
    void readsAZonePastedAsOneLineInLowerCaseWithBlanks() {
        var pasted = "  " + TD3.toLowerCase().replace("\n", " ") + " \n\n";

        assertThat(read(pasted).problems()).isEmpty();
        assertThat(read(TD1.replace("\n", "")).format()).isEqualTo(MrzFormat.TD1);
    }

    @Test
    void placesTwoDigitYearsAroundTheYearOfReading() {
        var child = read(TD3.replace("7408122F1204159", "2001014F3001012").replace("<<<<<10", "<<<<<12"));

        assertThat(child.dateOfBirth()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(child.expiry()).isEqualTo(LocalDate.of(2030, 1, 1));
    }
}
