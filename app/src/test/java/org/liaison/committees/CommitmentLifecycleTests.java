package org.liaison.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@NodeTest
@WithOfficer(username = "kh.secretary", roles = "COMMITTEE_SECRETARY", agency = "KH/MOI")
class CommitmentLifecycleTests {

    @Autowired Committees committees;
    @Autowired AgreementRegistry registry;
    @Autowired JdbcClient jdbc;
    CommitteeMother mother;
    AgreementId agreement;

    @BeforeEach
    void setUp() {
        mother = new CommitteeMother(committees, registry);
        agreement = mother.agreement();
    }

    @Test
    void aSecretaryRecordsAMeetingWhoseDecisionBecomesAnActionItemOwnedOnBothSides() {
        var committee = committees.createCommittee(CommitteeMother.committeeDraft(agreement));
        var meeting = committees.recordMeeting(committee.id(), CommitteeMother.meetingDraft(15));
        var decision = committees.recordDecision(meeting.id(), new DecisionDraft("Expand information exchange", null));
        var item = committees.createActionItem(decision.id(),
                CommitteeMother.item("Exchange drug reports monthly", List.of("KH/MOI", "LA/MPS"), committees.today()));

        assertThat(committees.meeting(meeting.id()).coChairs()).extracting(Participant::name)
                .containsExactly("Sar Kheng", "Vilay Lakhamfong");
        assertThat(decision.number()).isEqualTo(1);
        assertThat(item.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(item.committee()).isEqualTo(committee.id());
        assertThat(item.parties()).containsExactly("KH/MOI", "LA/MPS");
        assertThat(committees.actionItems(decision.id())).extracting(Commitment::id).containsExactly(item.id());
        assertThat(auditActions("committee:" + committee.id(), "meeting:" + meeting.id(), "decision:" + decision.id(),
                "commitment:" + item.id()))
                .containsExactly("COMMITTEE_CREATED", "MEETING_RECORDED", "DECISION_RECORDED", "COMMITMENT_CREATED");
    }

    @Test
    void refusesToReopenADoneCommitmentWithAClearReason() {
        var item = committees.createCommitment(CommitteeMother.commitment(agreement, List.of("KH/MOI"), committees.today()));
        committees.changeStatus(item.id(), CommitmentStatus.IN_PROGRESS, "started");
        var done = committees.changeStatus(item.id(), CommitmentStatus.DONE, "");

        assertThat(done.completedOn()).isEqualTo(committees.today());
        assertThatThrownBy(() -> committees.changeStatus(item.id(), CommitmentStatus.OPEN, "again"))
                .isInstanceOf(Conflict.class).hasMessage("a commitment that is DONE cannot become OPEN; it is closed");
        assertThatThrownBy(() -> committees.changeStatus(item.id(), CommitmentStatus.DROPPED, ""))
                .isInstanceOf(Conflict.class);
        assertThat(committees.commitment(item.id()).status()).isEqualTo(CommitmentStatus.DONE);
        assertThat(auditActions("commitment:" + item.id()))
                .containsExactly("COMMITMENT_CREATED", "COMMITMENT_STATUS_CHANGED", "COMMITMENT_STATUS_CHANGED");
    }

    @Test
    void anInProgressItemCannotGoBackToOpenAndProgressCannotDropIt() {
        var item = committees.createCommitment(CommitteeMother.commitment(agreement, List.of("KH/MOI"), committees.today()));
        committees.changeStatus(item.id(), CommitmentStatus.IN_PROGRESS, "");

        assertThatThrownBy(() -> committees.changeStatus(item.id(), CommitmentStatus.OPEN, ""))
                .isInstanceOf(Conflict.class).hasMessageContaining("IN_PROGRESS cannot become OPEN");
        assertThatThrownBy(() -> committees.postProgress(item.id(), new ProgressDraft("give up", CommitmentStatus.DROPPED), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("in progress or done only");
    }

    @Test
    void progressWithEvidenceIsStoredWithItsHashAndCanFinishTheItem() {
        var item = committees.createCommitment(CommitteeMother.commitment(agreement, List.of("KH/MOI"), committees.today()));
        var pdf = "%PDF-1.4\nminutes".getBytes();

        var update = committees.postProgress(item.id(), new ProgressDraft("Reports exchanged", CommitmentStatus.DONE),
                new EvidenceUpload("../minutes.pdf", pdf));

        assertThat(update.evidence()).isNotNull();
        assertThat(update.evidence().fileName()).isEqualTo("minutes.pdf");
        var evidence = committees.evidence(item.id(), update.id());
        assertThat(evidence.content()).isEqualTo(pdf);
        assertThat(evidence.contentType()).isEqualTo("application/pdf");
        assertThat(evidence.sha256()).isEqualTo(org.liaison.shared.Sha256.hex(pdf));
        assertThat(committees.commitment(item.id()).status()).isEqualTo(CommitmentStatus.DONE);
        assertThat(committees.progress(item.id())).extracting(ProgressUpdate::note).containsExactly("Reports exchanged");
        assertThat(auditDetails("commitment:" + item.id(), "COMMITMENT_PROGRESS_POSTED"))
                .contains("evidence=minutes.pdf").contains("sha256=" + evidence.sha256());
    }

    @Test
    void refusesEvidenceThatIsNeitherPdfImageNorTextAndStoresNothing() {
        var item = committees.createCommitment(CommitteeMother.commitment(agreement, List.of("KH/MOI"), committees.today()));

        assertThatThrownBy(() -> committees.postProgress(item.id(), new ProgressDraft("see attached", null),
                new EvidenceUpload("report.pdf", new byte[] { 'P', 'K', 3, 4, 0 })))
                .isInstanceOf(InvalidInput.class);
        assertThat(committees.progress(item.id())).isEmpty();
    }

    @Test
    void overdueItemsAreThoseOfTheAgencyOrItsDepartmentsDueBeforeToday() {
        var today = committees.today();
        var yesterday = committees.createCommitment(CommitteeMother.commitment(agreement, List.of("KH/MOI"), today.minusDays(1)));
        var dueToday = committees.createCommitment(CommitteeMother.commitment(agreement, List.of("KH/MOI"), today));
        var laOnly = committees.createCommitment(CommitteeMother.commitment(agreement, List.of("LA/MPS"), today.minusDays(1)));
        var finished = committees.createCommitment(CommitteeMother.commitment(agreement, List.of("KH/MOI"), today.minusDays(5)));
        committees.changeStatus(finished.id(), CommitmentStatus.DONE, "");

        var forDepartment = committees.overdueFor(AgencyId.of("KH/MOI/GDP"));
        assertThat(forDepartment).extracting(Commitment::id).contains(yesterday.id())
                .doesNotContain(dueToday.id(), laOnly.id(), finished.id());
        assertThat(committees.overdueFor(AgencyId.of("LA/MPS"))).extracting(Commitment::id).contains(laOnly.id());
        assertThat(committees.commitments(new CommitmentFilter("KH/MOI", null, true, null, agreement)))
                .extracting(Commitment::id).containsExactly(yesterday.id());
    }

    @Test
    void refusesACommitmentUnderAnAgreementTheRegistryDoesNotKnow() {
        assertThatThrownBy(() -> committees.createCommitment(
                CommitteeMother.commitment(AgreementId.of("XX-NOPE-1999"), List.of("KH/MOI"), committees.today())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not in the registry");
    }

    @Test
    void refusesAMeetingThatEndsBeforeItStartsOrReusesANumber() {
        var committee = committees.createCommittee(CommitteeMother.committeeDraft(agreement));
        committees.recordMeeting(committee.id(), CommitteeMother.meetingDraft(3));
        var backwards = new MeetingDraft(4, committees.today(), committees.today().minusDays(1), false, "Hanoi",
                org.liaison.agreements.MeetingForm.VIRTUAL, List.of(), List.of(), null, null);

        assertThatThrownBy(() -> committees.recordMeeting(committee.id(), CommitteeMother.meetingDraft(3)))
                .isInstanceOf(Conflict.class).hasMessageContaining("numbered 3");
        assertThatThrownBy(() -> committees.recordMeeting(committee.id(), backwards))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("end before it starts");
    }

    private List<String> auditActions(String... subjects) {
        return jdbc.sql("select action from audit_entry where subject in (:subjects) order by seq")
                .param("subjects", List.of(subjects)).query(String.class).list();
    }

    private String auditDetails(String subject, String action) {
        return jdbc.sql("select details from audit_entry where subject = ? and action = ?").params(subject, action)
                .query(String.class).single();
    }
}
