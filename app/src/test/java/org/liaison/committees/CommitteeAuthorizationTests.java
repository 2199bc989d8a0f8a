package org.liaison.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Secretaries manage what their agency is party to, owners' officers report progress, every other officer reads,
 * and without authentication nothing is read or changed.
 */
@NodeTest
class CommitteeAuthorizationTests {

    @Autowired Committees committees;
    @Autowired AgreementRegistry registry;
    CommitteeMother mother;
    AgreementId agreement;
    Decision decision;
    Commitment item;

    @BeforeEach
    void setUp() {
        mother = new CommitteeMother(committees, registry);
        agreement = mother.agreement();
        decision = mother.decision(agreement);
        item = mother.actionItem(decision, List.of("KH/MOI/GDP", "LA/MPS/PRI"), java.time.LocalDate.of(2030, 1, 31));
    }

    @Test
    @WithOfficer(roles = "COMMITTEE_SECRETARY", agency = "KH/SPO")
    void aSecretaryOfAnAgencyThatIsNoPartyIsRefusedEveryChange() {
        var meeting = decision.meeting();
        var committee = committees.meeting(meeting).committee();

        assertThatThrownBy(() -> committees.recordMeeting(committee, CommitteeMother.meetingDraft(40)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committees.recordDecision(meeting, new DecisionDraft("Not ours", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committees.createActionItem(decision.id(),
                CommitteeMother.item("Not ours", List.of("KH/SPO"), java.time.LocalDate.of(2030, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committees.changeStatus(item.id(), CommitmentStatus.DROPPED, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committees.createCommittee(new CommitteeDraft(CommitteeKind.BORDER, "Elsewhere", null,
                null, null, List.of("KH/MOI", "LA/MPS"), List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(committees.mayManage(committee)).isFalse();
    }

    @Test
    @WithOfficer(roles = "COMMITTEE_SECRETARY", agency = "LA/MPS")
    void aSecretaryOfTheOtherPartyManagesTheCommitteesItems() {
        var moved = committees.changeStatus(item.id(), CommitmentStatus.IN_PROGRESS, "Lao side started");

        assertThat(moved.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(committees.mayManage(item.id())).isTrue();
    }

    @Test
    @WithOfficer(roles = "PRISON_OFFICER", agency = "KH/MOI/GDP")
    void anOfficerOfAnOwnerPostsProgressButMayNotChangeTheStatusDirectly() {
        var update = committees.postProgress(item.id(), new ProgressDraft("Lists of prisoners exchanged", CommitmentStatus.IN_PROGRESS), null);

        assertThat(update.postedBy()).isEqualTo("test.officer");
        assertThat(update.agency()).isEqualTo("KH/MOI/GDP");
        assertThat(committees.commitment(item.id()).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(committees.mayReport(item.id())).isTrue();
        assertThatThrownBy(() -> committees.changeStatus(item.id(), CommitmentStatus.DROPPED, ""))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithOfficer(roles = "OFFICER", agency = "KH/SPO")
    void aReaderSeesEverythingButMayNotReportOrEdit() {
        assertThat(committees.commitment(item.id()).text()).startsWith("Action on");
        assertThat(committees.meeting(decision.meeting()).decisions()).hasSize(1);
        assertThat(committees.mayReport(item.id())).isFalse();
        assertThatThrownBy(() -> committees.postProgress(item.id(), new ProgressDraft("Not mine", null), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committees.createCommitment(
                CommitteeMother.commitment(agreement, List.of("KH/SPO"), java.time.LocalDate.of(2030, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(committees.progress(item.id())).isEmpty();
    }

    @Test
    void withoutAuthenticationNothingIsReadOrChanged() {
        var committee = CommitteeMother.asAdmin(() -> committees.meeting(decision.meeting()).committee());

        OfficerContext.runUnauthenticated(() -> {
            assertThatThrownBy(() -> committees.commitment(item.id()))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> committees.mayManage(committee))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> committees.postProgress(item.id(), new ProgressDraft("From nowhere", null), null))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            assertThatThrownBy(() -> committees.createCommittee(CommitteeMother.committeeDraft(agreement)))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        });
        assertThat(CommitteeMother.asAdmin(() -> committees.progress(item.id()))).isEmpty();
    }

    @Test
    @WithOfficer(roles = "ADMIN", agency = "VN/MPS")
    void anAdministratorManagesEverythingOnTheNode() {
        var update = committees.postProgress(item.id(), new ProgressDraft("Checked by the node administrator", null), null);

        assertThat(update.statusAfter()).isNull();
        assertThat(committees.changeStatus(item.id(), CommitmentStatus.DROPPED, "superseded").status())
                .isEqualTo(CommitmentStatus.DROPPED);
    }
}
