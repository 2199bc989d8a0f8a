package org.liaison.agreements.pressrelease;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.ExtractedDraft;
import org.liaison.agreements.Finding;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;

/** The five seed articles the project started from, read in place from ../shared/seeds. */
public class PressReleaseReaderTests {

    @Test
    void readsThePrisonMouSigningWithItsPartiesDatePlaceAndWitnesses() {
        var draft = read("000_", LocalDate.of(2023, 12, 6));

        assertThat(draft.parties()).extracting(Party::value).containsExactly("LA/MPS/PRI", "KH/MOI/GDP");
        assertThat(draft.signedOn()).isEqualTo(LocalDate.of(2023, 12, 5));
        assertThat(draft.place()).isEqualTo("Phnom Penh");
        assertThat(draft.people()).contains("Chhorn Sanath", "Sumlith Daohungsuli", "Hun Sen");
        assertThat(draft.kind()).isEqualTo(AgreementKind.MOU);
        assertThat(draft.instruments()).contains("MoU on prison cooperation");
        assertThat(draft.areas()).contains(CooperationArea.PRISONS);
    }

    @Test
    void flagsADateWithoutYearWhenThePublicationDateIsUnknown() {
        var draft = read("000_", null);

        assertThat(draft.warnings()).anyMatch(w -> w.text().contains("December 5"));
    }

    @Test
    void readsTheVirtualSecurityMouForTheYearItCoversAndThePeriodItReviewed() {
        var draft = read("001_", null);

        assertThat(draft.parties()).extracting(Party::value).containsExactly("KH/MOI", "LA/MPS");
        assertThat(draft.coversYear()).isEqualTo(2022);
        assertThat(draft.reviewedPeriod()).isEqualTo("2020–2021");
        assertThat(draft.form()).isEqualTo(MeetingForm.VIRTUAL);
        assertThat(draft.people()).contains("Sar Kheng", "Vilay Lakhamfong");
        assertThat(draft.areas()).contains(CooperationArea.DRUG_TRAFFICKING, CooperationArea.BORDER_MANAGEMENT,
                CooperationArea.SMUGGLING, CooperationArea.ILLEGAL_LOGGING, CooperationArea.WILDLIFE_CRIME,
                CooperationArea.LAWFUL_TRANSIT);
    }

    @Test
    void readsTheProsecutorsMeetingWithItsCoChairsAndTheMouItImplements() {
        var draft = read("002_", null);

        assertThat(draft.parties()).extracting(Party::value).containsExactlyInAnyOrder("LA/SPPO", "KH/SPO");
        assertThat(draft.meetingFrom()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(draft.place()).isEqualTo("Vientiane");
        assertThat(draft.people()).contains("Xaysana Khodphouthone", "Chea Leang");
        assertThat(draft.instrumentYear()).isEqualTo(2024);
        assertThat(draft.areas()).contains(CooperationArea.PROSECUTION, CooperationArea.DRUG_TRAFFICKING,
                CooperationArea.CAPACITY_BUILDING);
    }

    @Test
    void readsTheStateVisitWithTheStatesAsPartiesAndTheThreeInstruments() {
        var draft = read("003_", null);

        assertThat(draft.parties()).extracting(Party::value).containsExactly("LA", "KH");
        assertThat(draft.meetingFrom()).isEqualTo(LocalDate.of(2024, 12, 4));
        assertThat(draft.meetingUntil()).isEqualTo(LocalDate.of(2024, 12, 5));
        assertThat(draft.place()).isEqualTo("Phnom Penh");
        assertThat(draft.people()).contains("Sonexay Siphandone", "Hun Manet", "Norodom Sihamoni");
        assertThat(draft.instruments()).containsExactly(
                "Agreement on the avoidance of double taxation and prevention of tax evasion",
                "MoU on cultural and arts cooperation", "MoU on agricultural cooperation");
        assertThat(draft.areas()).contains(CooperationArea.TAXATION, CooperationArea.CULTURE, CooperationArea.AGRICULTURE);
    }

    @Test
    void readsTheMinisterialMeetingInVietnam() {
        var draft = read("004_", LocalDate.of(2023, 3, 6));

        assertThat(draft.parties()).extracting(Party::value).containsExactlyInAnyOrder("KH/MOI", "VN/MPS");
        assertThat(draft.meetingFrom()).isEqualTo(LocalDate.of(2023, 3, 4));
        assertThat(draft.people()).contains("Vo Van Thuong", "Sar Kheng", "To Lam", "Pham Minh Chinh");
        assertThat(draft.areas()).contains(CooperationArea.SECURITY, CooperationArea.BORDER_MANAGEMENT);
    }

    @Test
    void ignoresTheSidebarDatesOfOtherStories() {
        var draft = read("003_", null);

        assertThat(draft.findings()).noneMatch(f -> f.text().contains("26–28 November"));
        assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 12, 6));
    }

    @Test
    void marksEveryFindingOnceAndInTextOrder() {
        var text = seed("003_");
        var draft = PressReleaseReader.read(text, null);

        assertThat(draft.findings()).isSortedAccordingTo(java.util.Comparator.comparingInt(Finding::start));
        for (int i = 1; i < draft.findings().size(); i++) {
            assertThat(draft.findings().get(i).start()).isGreaterThanOrEqualTo(draft.findings().get(i - 1).end());
        }
        assertThat(String.join("", draft.segments(text).stream().map(ExtractedDraft.Segment::text).toList())).isEqualTo(text);
    }

    private static ExtractedDraft read(String prefix, @Nullable LocalDate published) {
        return PressReleaseReader.read(seed(prefix), published);
    }

    public static String seed(String prefix) {
        var dir = seeds();
        try (Stream<Path> files = Files.list(dir)) {
            var file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ../shared/seeds from the repository root, wherever the build runs. */
    private static Path seeds() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("shared/seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/seeds not found above " + Path.of("").toAbsolutePath());
    }
}
