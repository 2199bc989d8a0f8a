package org.liaison.committees.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.committees.Commitment;
import org.liaison.committees.CommitmentDraft;
import org.liaison.committees.CommitmentStatus;
import org.liaison.committees.CommitteeMother;
import org.liaison.committees.Committees;
import org.liaison.committees.Decision;
import org.liaison.committees.ProgressDraft;
import org.liaison.committees.ProgressUpdate;
import org.liaison.committees.Review;
import org.liaison.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;

@NodeTest
@WithOfficer(roles = "COMMITTEE_SECRETARY", agency = "KH/MOI")
class ImplementationReviewTests {

    @Autowired Committees committees;
    @Autowired AgreementRegistry registry;
    @Autowired ReviewDocuments documents;
    AgreementId agreement;
    Decision decision;

    /** In 2024: one done on time, one done late, one overdue, one dropped; one item due in 2025 stays out. */
    @BeforeEach
    void setUp() {
        var mother = new CommitteeMother(committees, registry);
        agreement = mother.agreement();
        decision = mother.decision(agreement);
        var onTime = item("Exchange seizure statistics", LocalDate.of(2030, 12, 31));
        committees.changeStatus(onTime.id(), CommitmentStatus.DONE, "");
        item("Patrol the Mekong border jointly — Tuần tra chung biên giới", LocalDate.of(2024, 6, 30));
        var dropped = item("Open a liaison office", LocalDate.of(2024, 12, 31));
        committees.changeStatus(dropped.id(), CommitmentStatus.DROPPED, "replaced by the 2025 plan");
        var late = item("Train border officers", LocalDate.of(2024, 1, 1));
        committees.postProgress(late.id(), new ProgressDraft("Training held in Stung Treng", CommitmentStatus.DONE), null);
        item("Next year's work", LocalDate.of(2025, 1, 1));
        moveDueDate(onTime, LocalDate.of(2024, 12, 31));
    }

    @Test
    void countsWhatWasDueDoneLateAndStillOpenInTheYear() {
        var review = committees.agreementReview(agreement, 2024);

        assertThat(review.title()).isEqualTo("Test MoU " + agreement);
        assertThat(review.due()).isEqualTo(4);
        assertThat(review.done()).isEqualTo(2);
        assertThat(review.late()).isEqualTo(2);
        assertThat(review.stillOpen()).isEqualTo(1);
        assertThat(review.dropped()).isEqualTo(1);
        assertThat(review.lines()).filteredOn(l -> l.outcome() == Review.Outcome.DONE_LATE).singleElement()
                .satisfies(l -> assertThat(l.progress()).extracting(ProgressUpdate::note).contains("Training held in Stung Treng"));
    }

    @Test
    void theCommitteeReviewCoversTheItemsItsDecisionsCreated() {
        var committee = committees.meeting(decision.meeting()).committee();
        var review = committees.committeeReview(committee, 2024);

        assertThat(review.scope()).isEqualTo(Review.Scope.COMMITTEE);
        assertThat(review.due()).isEqualTo(4);
        assertThat(committees.committeeReview(committee, 2025).due()).isEqualTo(1);
        assertThatThrownBy(() -> committees.committeeReview(committee, 3000)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void rendersTheReviewAsAPdfWithItsCommitmentsAndVietnameseText() throws IOException {
        var pdf = documents.pdf(committees.agreementReview(agreement, 2024), Locale.ENGLISH);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/committees-review.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Implementation review 2024").contains("Test MoU " + agreement)
                    .contains("Train border officers").contains("Training held in Stung Treng")
                    .contains("Tuần tra chung biên giới").contains("Done late").doesNotContain("Next year's work");
        }
    }

    private Commitment item(String text, LocalDate due) {
        return committees.createActionItem(decision.id(), new CommitmentDraft(text, null,
                org.liaison.agreements.CooperationArea.BORDER_MANAGEMENT, agreement.value(), List.of("KH/MOI", "LA/MPS"),
                null, due));
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Done "today" counts as late for a past due date; moving the due date after the fact makes it on time. */
    private void moveDueDate(Commitment item, LocalDate due) {
        jdbc.sql("update commitment set due_on = ?, completed_on = ? where id = ?")
                .params(due, due.minusDays(1), item.id().value()).update();
    }
}
