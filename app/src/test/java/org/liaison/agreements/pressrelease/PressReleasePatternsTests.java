package org.liaison.agreements.pressrelease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.ExtractedDraft.Instrument;
import org.liaison.agreements.ExtractedDraft.InstrumentKind;
import org.liaison.agreements.ExtractedDraft.Person;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.agreements.ReadingWarning;

/** The patterns of issue 17, each in a sentence of the kind the region's press writes. */
class PressReleasePatternsTests {

    private static final LocalDate JUNE_20 = LocalDate.of(2023, 6, 20);

    @Test
    void readsAPortfolioBetweenTheCountryAndTheName() {
        var draft = PressReleaseReader.read("Lao Minister of Foreign Affairs Saleumxay Kommasith met Cambodian "
                + "Minister of Agriculture Dith Tina in Vientiane on June 12.", JUNE_20);

        assertThat(draft.persons()).containsExactly(
                new Person("Saleumxay Kommasith", "", "Minister of Foreign Affairs", "LA"),
                new Person("Dith Tina", "", "Minister of Agriculture", "KH"));
    }

    @Test
    void readsHonorificsAndRanksInTheirOneForm() {
        var draft = PressReleaseReader.read("Samdech Akka Moha Sena Padei Techo Hun Sen received H.E. Gen. Vilay "
                + "Lakhamphong, Lieut. Gen. Kongthong Phongvichit and Pol Maj Gen Surachate Hakparn of Thailand's "
                + "police on June 12.", JUNE_20);

        assertThat(draft.persons()).extracting(Person::name, Person::title).contains(
                org.assertj.core.groups.Tuple.tuple("Hun Sen", "Samdech Techo"),
                org.assertj.core.groups.Tuple.tuple("Vilay Lakhamphong", "H.E. Gen."),
                org.assertj.core.groups.Tuple.tuple("Kongthong Phongvichit", "Lt. Gen."),
                org.assertj.core.groups.Tuple.tuple("Surachate Hakparn", "Pol. Maj. Gen."));
    }

    @Test
    void readsRolesThatAreNotTitlesBeforeAndAfterTheName() {
        var draft = PressReleaseReader.read("Interior ministry spokesman Touch Sokhak said the talks went well. "
                + "Chea Leang, Head of the Supreme Prosecutor's Office of the Kingdom of Cambodia, attended.", JUNE_20);

        assertThat(draft.persons()).extracting(Person::name, Person::office, Person::country).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Touch Sokhak", "spokesman", "KH"),
                org.assertj.core.groups.Tuple.tuple("Chea Leang",
                        "Head of the Supreme Prosecutor's Office of the Kingdom of Cambodia", "KH"));
    }

    @Test
    void takesTheMeetingPlaceNotTheDatelineCity() {
        var draft = PressReleaseReader.read("VIENTIANE (KPL) – The two ministers held talks in Phnom Penh on June 12.",
                JUNE_20);

        assertThat(draft.dateline()).isEqualTo("Vientiane");
        assertThat(draft.place()).isEqualTo("Phnom Penh");
        assertThat(draft.meetingFrom()).isEqualTo(LocalDate.of(2023, 6, 12));
    }

    @Test
    void findsThePublicationDateInACapitalisedDatelineWhenNoneIsTyped() {
        var draft = PressReleaseReader.read("THURSDAY, JUNE 8, 2023\n\nThe ministers met in Bangkok on Tuesday.", null);

        assertThat(draft.published()).isEqualTo(LocalDate.of(2023, 6, 8));
        assertThat(draft.meetingFrom()).isEqualTo(LocalDate.of(2023, 6, 6));
        assertThat(draft.warnings()).extracting(ReadingWarning::code).containsExactly(ReadingWarning.Code.PUBLICATION_DATE_FROM_TEXT);
    }

    @Test
    void leavesADateWithoutYearUnreadRatherThanPlacingItInTheCurrentYear() {
        var draft = PressReleaseReader.read("The two sides met in Vientiane on June 12 and signed an MoU.", null);

        assertThat(draft.meetingFrom()).isNull();
        assertThat(draft.signedOn()).isNull();
        assertThat(draft.warnings()).extracting(ReadingWarning::code)
                .contains(ReadingWarning.Code.NO_PUBLICATION_DATE, ReadingWarning.Code.YEAR_UNKNOWN);
    }

    @Test
    void countsTalksWorkingVisitsConferencesAndVideoCallsAsMeetings() {
        assertThat(PressReleaseReader.read("They spoke by video call on June 2.", JUNE_20).meetingFrom())
                .isEqualTo(LocalDate.of(2023, 6, 2));
        assertThat(PressReleaseReader.read("They spoke by video call on June 2.", JUNE_20).form()).isEqualTo(MeetingForm.VIRTUAL);
        assertThat(PressReleaseReader.read("The minister was on a working visit to Hanoi from June 3-5.", JUNE_20).meetingUntil())
                .isEqualTo(LocalDate.of(2023, 6, 5));
        assertThat(PressReleaseReader.read("A conference in Da Nang on June 7 closed the year.", JUNE_20).place())
                .isEqualTo("Da Nang");
    }

    @Test
    void readsInstrumentKindsWithTheirYears() {
        var draft = PressReleaseReader.read("The ministers reviewed a 2021 cooperation agreement, signed the "
                + "cooperation plan for 2024 and the minutes of the meeting, and issued a joint statement on June 12.", JUNE_20);

        assertThat(draft.named()).extracting(Instrument::kind, Instrument::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple(InstrumentKind.AGREEMENT, 2021),
                org.assertj.core.groups.Tuple.tuple(InstrumentKind.ANNUAL_PLAN, 2024),
                org.assertj.core.groups.Tuple.tuple(InstrumentKind.MINUTES, 2023),
                org.assertj.core.groups.Tuple.tuple(InstrumentKind.JOINT_STATEMENT, 2023));
    }

    @Test
    void keepsTwoMousNamedInOneSentenceApart() {
        var draft = PressReleaseReader.read("They signed two Memorandums of Understanding on cultural and arts "
                + "cooperation and agricultural cooperation on June 12.", JUNE_20);

        assertThat(draft.instruments()).containsExactly("MoU on cultural and arts cooperation", "MoU on agricultural cooperation");
    }

    @Test
    void readsTheReviewedPeriodInEveryForm() {
        assertThat(PressReleaseReader.read("They reviewed bilateral cooperation in 2021.", JUNE_20).reviewedPeriod()).isEqualTo("2021");
        assertThat(PressReleaseReader.read("They discussed the results of their 2022 plan.", JUNE_20).reviewedPeriod()).isEqualTo("2022");
        assertThat(PressReleaseReader.read("They evaluated their efforts for 2020-21.", JUNE_20).reviewedPeriod()).isEqualTo("2020–2021");
        assertThat(PressReleaseReader.read("They looked back on last year.", JUNE_20).reviewedPeriod()).isEqualTo("2022");
    }

    @Test
    void foldsHyphensAndPluralsAndReadsHumanTrafficking() {
        var draft = PressReleaseReader.read("They will fight trans-national crimes such as human and drug trafficking "
                + "and keep facilitating visits.", JUNE_20);

        assertThat(draft.areas()).containsExactlyInAnyOrder(CooperationArea.CROSS_BORDER_CRIME,
                CooperationArea.HUMAN_TRAFFICKING, CooperationArea.DRUG_TRAFFICKING, CooperationArea.LAWFUL_TRANSIT);
    }

    @Test
    void doesNotTakeAPrisonersOffenceForTheCooperationArea() {
        var draft = PressReleaseReader.read("The prison departments signed an MoU. Ten inmates convicted of drug "
                + "offences will be transferred.", JUNE_20);

        assertThat(draft.areas()).doesNotContain(CooperationArea.DRUG_TRAFFICKING);
    }

    @Test
    void readsMinistriesNamedAnotherWayAndKeepsThirdCountries() {
        var draft = PressReleaseReader.read("Laos' public security ministry and the interior ministry of Cambodia "
                + "met Thai police in Bangkok on June 12.", JUNE_20);

        assertThat(draft.parties()).extracting(Party::value).contains("LA/MPS", "KH/MOI");
        assertThat(draft.countries()).contains("TH");
    }
}
