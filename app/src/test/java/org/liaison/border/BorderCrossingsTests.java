package org.liaison.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.directory.Directory;
import org.liaison.screening.AlertMother;
import org.liaison.screening.Screening;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Recording crossings (issue 18): a pasted zone fills the draft and the holder is screened before anything is
 * saved; what breaks a rule is refused with its reason and leaves nothing behind; an import lands its good
 * rows and reports every broken one by line.
 */
@NodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BorderCrossingsTests {

    private static final String AGENCY = "KH/B" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    private static final String SURNAME = "KEO" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").toUpperCase();

    @Autowired BorderCrossings crossings;
    @Autowired Screening screening;
    @Autowired Directory directory;
    @Autowired JdbcClient db;

    private long checkpoint;
    private long foreignCheckpoint;

    @BeforeAll
    void aPartnerAlertNamesTheHolder() {
        checkpoint = directory.checkpoints("KH", "LA").getFirst().id();
        foreignCheckpoint = directory.checkpoints("LA", "VN").getFirst().id();
        OfficerContext.as("alert.issuer", "KH/MOI", "OFFICER",
                () -> screening.issue(AlertMother.person("SOMPHONE " + SURNAME), null));
    }

    private static <T> T asBorderOfficer(java.util.function.Supplier<T> work) {
        return OfficerContext.as("border.officer", AGENCY, "BORDER_OFFICER", work);
    }

    private CrossingDraft draft(String mrz) {
        return new CrossingDraft(checkpoint, Direction.ENTRY, Purpose.FAMILY_VISIT, null, null, null, null, null,
                null, null, null, null, null, null, null, mrz);
    }

    private String passport() {
        return MrzMother.passport(SURNAME, "SOMPHONE", "LA1234567", "LAO", "850412", 'M', "300101");
    }

    private long recorded() {
        return db.sql("select count(*) from border_crossing where agency = ?").param(AGENCY).query(Long.class).single();
    }

    @Test
    void aPastedZoneFillsTheDraftAndTheHolderIsScreenedBeforeAnythingIsSaved() {
        var before = recorded();

        var check = asBorderOfficer(() -> crossings.check(draft(passport())));

        assertThat(check.draft().surname()).isEqualTo(SURNAME);
        assertThat(check.draft().givenNames()).isEqualTo("SOMPHONE");
        assertThat(check.draft().nationality()).isEqualTo("LAO");
        assertThat(check.draft().documentNumber()).isEqualTo("LA1234567");
        assertThat(check.mrzProblems()).isEmpty();
        assertThat(check.screening().matches()).isNotEmpty();
        assertThat(recorded()).isEqualTo(before);
    }

    @Test
    void recordsTheCrossingForTheOfficersAgency() {
        var crossing = asBorderOfficer(() -> crossings.record(draft(passport()), Crossing.Source.FORM));

        assertThat(crossing.agency()).isEqualTo(AGENCY);
        assertThat(crossing.purpose()).isEqualTo(Purpose.FAMILY_VISIT);
        assertThat(asBorderOfficer(() -> crossings.crossing(crossing.id())).documentNumber()).isEqualTo("LA1234567");
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(db.sql(
                "select count(*) from audit_entry where action = 'CROSSING_RECORDED' and subject = ?")
                .param("crossing:" + crossing.id()).query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void refusesAMalformedZoneWithItsReason() {
        assertThatThrownBy(() -> asBorderOfficer(() -> crossings.record(draft("P<LAOKEO<<SOMPHONE"), Crossing.Source.API)))
                .isInstanceOfSatisfying(InvalidCrossing.class, e -> assertThat(e.code()).hasValue("border.invalid.mrz.SHAPE"));
    }

    @Test
    void refusesACrossingInTheFuture() {
        var later = new CrossingDraft(checkpoint, Direction.EXIT, Purpose.TRADE, LocalDateTime.now().plusDays(1),
                null, null, null, null, null, null, null, null, null, null, null, passport());

        assertThatThrownBy(() -> asBorderOfficer(() -> crossings.record(later, Crossing.Source.FORM)))
                .isInstanceOfSatisfying(InvalidCrossing.class, e -> assertThat(e.code()).hasValue("border.invalid.future"));
    }

    @Test
    void refusesAnUnknownCheckpointAndOneOnAnotherCountrysBorder() {
        var before = recorded();
        var unknown = new CrossingDraft(999_999L, Direction.ENTRY, Purpose.TRADE, null, null, null, null, null, null,
                null, null, null, null, null, null, passport());
        var foreign = new CrossingDraft(foreignCheckpoint, Direction.ENTRY, Purpose.TRADE, null, null, null, null,
                null, null, null, null, null, null, null, null, passport());

        assertThatThrownBy(() -> asBorderOfficer(() -> crossings.record(unknown, Crossing.Source.API)))
                .isInstanceOfSatisfying(InvalidCrossing.class, e -> assertThat(e.code()).hasValue("border.invalid.checkpoint.unknown"));
        assertThatThrownBy(() -> asBorderOfficer(() -> crossings.record(foreign, Crossing.Source.API)))
                .isInstanceOfSatisfying(InvalidCrossing.class, e -> assertThat(e.code()).hasValue("border.invalid.checkpoint.foreign"));
        assertThat(recorded()).isEqualTo(before);
    }

    @Test
    void onlyBorderOfficersRecordCrossings() {
        assertThatThrownBy(() -> OfficerContext.as("prison.officer", AGENCY, "PRISON_OFFICER",
                () -> crossings.record(draft(passport()), Crossing.Source.FORM))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anImportLandsTheGoodRowsAndReportsEveryBrokenOneByLine() {
        var before = recorded();
        var csv = """
                checkpoint,direction,purpose,crossed_at,surname,given_names,nationality,date_of_birth,sex,document_number
                %1$d,ENTRY,TRADE,2026-11-02 08:30,SENGDARA,BOUNMY,LAO,1980-02-03,M,LA7654321
                999999,ENTRY,TRADE,2026-11-02 08:31,PHAN,VAN AN,VNM,1990-01-01,M,VN1
                %1$d,SIDEWAYS,TRADE,2026-11-02 08:32,CHEA,SOKHA,KHM,1991-01-01,F,KH1
                %1$d,EXIT,TOURISM,2999-01-01 00:00,CHEA,SOKHA,KHM,1991-01-01,F,KH2
                %1$d,EXIT,TOURISM,2026-11-02 09:00,CHEA,SOKHA
                %1$d,exit,medical_treatment,2026-11-02T09:15:00+07:00,LY,DARA,KHM,1975-13-40,F,KH3
                %1$d,exit,medical_treatment,2026-11-02T09:15:00+07:00,LY,DARA,KHM,1975-12-10,F,KH4
                """.formatted(checkpoint);

        var report = asBorderOfficer(() -> crossings.importCsv("export.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.refused()).extracting(r -> r.line() + ":" + r.reason()).containsExactly(
                "3:checkpoint", "4:direction", "5:future", "6:columns", "7:date_of_birth");
        assertThat(recorded()).isEqualTo(before + 2);
        assertThat(db.sql("select sex from border_crossing where agency = ? and document_number = 'KH4'")
                .param(AGENCY).query(String.class).single()).isEqualTo("FEMALE");
    }
}
