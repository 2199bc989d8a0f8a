package org.liaison.committees.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liaison.agreements.CooperationArea;
import org.liaison.committees.Commitment;
import org.liaison.committees.CommitmentId;
import org.liaison.committees.CommitmentStatus;
import org.liaison.committees.EvidenceUpload;
import org.liaison.committees.Review;
import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.identity.Role;
import org.liaison.shared.InvalidInput;

/** The rules that need no database: status moves, overdue at the edges of the day, evidence checks, involvement. */
class CommitmentRulesTests {

    private static final LocalDate DUE = LocalDate.of(2025, 3, 31);

    @Test
    void openItemsMayStartFinishOrBeDroppedButClosedOnesNeverMoveAgain() {
        assertThat(CommitmentStatus.OPEN.next()).containsExactlyInAnyOrder(
                CommitmentStatus.IN_PROGRESS, CommitmentStatus.DONE, CommitmentStatus.DROPPED);
        assertThat(CommitmentStatus.IN_PROGRESS.canMoveTo(CommitmentStatus.OPEN)).isFalse();
        assertThat(CommitmentStatus.DONE.next()).isEmpty();
        assertThat(CommitmentStatus.DROPPED.next()).isEmpty();
    }

    @Test
    void anItemIsOverdueFromTheDayAfterItsDueDateUnlessItIsClosed() {
        assertThat(item(CommitmentStatus.OPEN).overdueOn(DUE)).isFalse();
        assertThat(item(CommitmentStatus.IN_PROGRESS).overdueOn(DUE.plusDays(1))).isTrue();
        assertThat(item(CommitmentStatus.DONE).overdueOn(DUE.plusDays(1))).isFalse();
        assertThat(item(CommitmentStatus.DROPPED).overdueOn(DUE.plusYears(1))).isFalse();
    }

    @Test
    void theDayTurnsAtMidnightInPhnomPenhNotAtMidnightUtc() {
        var zone = java.time.ZoneId.of("Asia/Phnom_Penh");
        var lastSecondOfDue = new NodeCalendar(fixed("2025-03-31T16:59:59Z"), zone).today();
        var firstSecondAfter = new NodeCalendar(fixed("2025-03-31T17:00:00Z"), zone).today();
        var utcMidnight = new NodeCalendar(fixed("2025-03-31T00:00:00Z"), zone).today();

        assertThat(item(CommitmentStatus.OPEN).overdueOn(lastSecondOfDue)).isFalse();
        assertThat(item(CommitmentStatus.OPEN).overdueOn(firstSecondAfter)).isTrue();
        assertThat(utcMidnight).isEqualTo(DUE);
    }

    @Test
    void reviewOutcomesTellOnTimeFromLateAndOverdueFromNotYetDue() {
        var asOf = DUE.plusDays(10);
        assertThat(Review.Line.outcomeOf(done(DUE), asOf)).isEqualTo(Review.Outcome.DONE_ON_TIME);
        assertThat(Review.Line.outcomeOf(done(DUE.plusDays(1)), asOf)).isEqualTo(Review.Outcome.DONE_LATE);
        assertThat(Review.Line.outcomeOf(item(CommitmentStatus.OPEN), asOf)).isEqualTo(Review.Outcome.OVERDUE);
        assertThat(Review.Line.outcomeOf(item(CommitmentStatus.OPEN), DUE)).isEqualTo(Review.Outcome.NOT_YET_DUE);
        assertThat(Review.Line.outcomeOf(item(CommitmentStatus.DROPPED), asOf)).isEqualTo(Review.Outcome.DROPPED);
    }

    @Test
    void evidenceTypeComesFromTheFirstBytesNotFromTheName() {
        assertThat(EvidenceFiles.check(new EvidenceUpload("scan.txt", "%PDF-1.7\n".getBytes())).contentType())
                .isEqualTo("application/pdf");
        assertThat(type(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 })).isEqualTo("image/png");
        assertThat(type(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).isEqualTo("image/jpeg");
        assertThat(type("ការប្រជុំ ຂໍ້ຄວາມ\nplain".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo("text/plain");
    }

    private static String type(byte[] content) {
        return EvidenceFiles.check(new EvidenceUpload("file", content)).contentType();
    }

    @Test
    void refusesExecutablesEmptyFilesAndFilesOverTenMegabytes() {
        assertThatThrownBy(() -> EvidenceFiles.check(new EvidenceUpload("report.pdf", new byte[] { 'M', 'Z', 0, 0 })))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("a PDF, PNG, JPEG or UTF-8 plain text file");
        assertThatThrownBy(() -> EvidenceFiles.check(new EvidenceUpload("empty.txt", new byte[0])))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("empty");
        var big = new byte[EvidenceFiles.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        assertThatThrownBy(() -> EvidenceFiles.check(new EvidenceUpload("big.pdf", big)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("larger than 10 MiB");
    }

    @Test
    void keepsOnlyTheLastSegmentOfAnUploadedFileName() {
        assertThat(EvidenceFiles.safeName("C:\\Users\\x\\..\\minutes \"final\".pdf")).isEqualTo("minutes _final_.pdf");
        assertThat(EvidenceFiles.safeName("/")).isEqualTo("evidence");
    }

    @Test
    void secretariesOfAMinistryAreInvolvedInWhatItsDepartmentsOwnButNotInOtherMinistries() {
        assertThat(CommitteeAccess.involved(secretary("KH/MOI"), List.of("KH/MOI/GDP", "LA/MPS/PRI"))).isTrue();
        assertThat(CommitteeAccess.involved(secretary("LA/MPS"), List.of("KH", "LA"))).isTrue();
        assertThat(CommitteeAccess.involved(secretary("KH/MOI/GDP"), List.of("KH/MOI", "LA/MPS"))).isTrue();
        assertThat(CommitteeAccess.involved(secretary("KH/SPO"), List.of("KH/MOI", "LA/MPS"))).isFalse();
        assertThat(CommitteeAccess.involved(secretary("KH/MOIX"), List.of("KH/MOI"))).isFalse();
        assertThat(CommitteeAccess.involved(secretary("VN/MPS"), List.of("KH", "LA"))).isFalse();
    }

    @Test
    void noOneWithoutAnAgencyIsInvolvedThroughIt() {
        assertThat(CommitteeAccess.involved(new Reach.Nobody(), List.of("KH", "KH/MOI"))).isFalse();
        assertThat(CommitteeAccess.involved(new Reach.Partner("node:LA-1"), List.of("LA", "LA/MPS"))).isFalse();
    }

    private static Reach secretary(String agency) {
        return new Reach.Officer("secretary", AgencyId.of(agency), Set.of(Role.COMMITTEE_SECRETARY));
    }

    private static Clock fixed(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static Commitment item(CommitmentStatus status) {
        return new Commitment(CommitmentId.random(), "Item", null, CooperationArea.SECURITY, null, null, null,
                List.of("KH/MOI"), List.of("KH/MOI"), null, DUE, status, null);
    }

    private static Commitment done(LocalDate completed) {
        return new Commitment(CommitmentId.random(), "Item", null, CooperationArea.SECURITY, null, null, null,
                List.of("KH/MOI"), List.of("KH/MOI"), null, DUE, CommitmentStatus.DONE, completed);
    }
}
