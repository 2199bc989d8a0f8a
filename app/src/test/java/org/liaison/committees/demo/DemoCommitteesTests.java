package org.liaison.committees.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.liaison.audit.AuditTrail;
import org.liaison.committees.Commitment;
import org.liaison.committees.CommitmentId;
import org.liaison.committees.CommitmentStatus;
import org.liaison.committees.Committee;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.Committees;
import org.liaison.committees.MeetingId;
import org.liaison.committees.Participant;
import org.liaison.committees.ProgressUpdate;
import org.liaison.committees.internal.CommitteeMeetings;
import org.liaison.committees.internal.JointCommittees;
import org.liaison.committees.internal.MeetingDecisions;
import org.liaison.committees.internal.ProgressNotes;
import org.liaison.committees.internal.TrackedCommitments;
import org.liaison.directory.AgencyId;
import org.liaison.node.ThisNode;
import org.liaison.node.Seeding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the seed articles' committees into the shared test node by hand, so every test keeps one context, with
 * nobody signed in as at start-up.
 */
@NodeTest
@WithOfficer(roles = "OFFICER", agency = "KH/MOI")
class DemoCommitteesTests {

    @Autowired JointCommittees committees;
    @Autowired CommitteeMeetings meetings;
    @Autowired MeetingDecisions decisions;
    @Autowired TrackedCommitments commitments;
    @Autowired ProgressNotes progress;
    @Autowired AuditTrail auditTrail;
    @Autowired Seeding seeding;
    @Autowired ThisNode node;
    @Autowired Clock clock;
    @Autowired Committees facade;
    @Autowired JdbcClient jdbc;

    @Test
    void theCambodianNodeGetsEverySeedMeetingOnceOnly() {
        var demo = new DemoCommittees(committees, meetings, decisions, commitments, progress, auditTrail, seeding,
                node, clock);
        OfficerContext.runUnauthenticated(demo::load);
        long rows = jdbc.sql("select count(*) from commitment").query(Long.class).single();
        OfficerContext.runUnauthenticated(demo::load);

        assertThat(jdbc.sql("select count(*) from commitment").query(Long.class).single()).isEqualTo(rows);
        assertThat(facade.committees(null, null, null)).extracting(Committee::name).contains(
                "Cambodia–Laos Joint Committee on Bilateral Cooperation", "Cambodia–Laos Joint Border Committee",
                "Cambodia MOI – Viet Nam MPS cooperation meeting");
        var jc = facade.committee(new CommitteeId(DemoCommittees.id("kh-la-jc")));
        var fifteenth = facade.meetings(jc.id()).getFirst();
        assertThat(fifteenth.sequence()).isEqualTo(15);
        assertThat(fifteenth.startsOn()).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(fifteenth.endsOn()).isEqualTo(LocalDate.of(2025, 11, 28));
        assertThat(fifteenth.place()).isEqualTo("Vientiane");
        var prosecutors = facade.meeting(new MeetingId(DemoCommittees.id("prosecutors-1")));
        assertThat(prosecutors.coChairs()).extracting(Participant::name).containsExactly("Xaysana Khodphouthone", "Chea Leang");
        var review = facade.meeting(new MeetingId(DemoCommittees.id("moi-mps-2022")));
        assertThat(review.form()).isEqualTo(org.liaison.agreements.MeetingForm.VIRTUAL);
        assertThat(review.decisions()).hasSize(3);
    }

    @Test
    void someSeedCommitmentsAreDoneAndSomeAreOverdueForTheMinistry() {
        OfficerContext.runUnauthenticated(new DemoCommittees(committees, meetings, decisions, commitments, progress,
                auditTrail, seeding, node, clock)::load);
        var repatriation = facade.commitment(new CommitmentId(DemoCommittees.id("prisons-repatriation")));

        assertThat(repatriation.status()).isEqualTo(CommitmentStatus.DONE);
        assertThat(facade.progress(repatriation.id())).extracting(ProgressUpdate::postedBy).containsOnly("system:demo");
        assertThat(repatriation.agreement()).as("the April 2023 returns came before the December 2023 MoU").isNull();
        assertThat(facade.overdueFor(AgencyId.of("KH/MOI"))).extracting(Commitment::text)
                .contains("Increase border management and control against smuggling, deforestation, poaching and hunting")
                .noneMatch(text -> text.startsWith("Repatriate"));
        var review2022 = facade.committeeReview(new CommitteeId(DemoCommittees.id("moi-mps")), 2022);
        assertThat(review2022.due()).isEqualTo(3);
        assertThat(review2022.done()).isEqualTo(1);
    }

    @Test
    void laoAndVietnameseNodesGetOnlyTheirOwnBilateralItems() {
        assertThat(DemoCommitteeData.forCountry("LA")).extracting(DemoCommitteeData.Seed::key)
                .containsExactlyInAnyOrder("kh-la-jc", "kh-la-jbc", "moi-mps", "prosecutors", "prisons");
        assertThat(DemoCommitteeData.forCountry("VN")).extracting(DemoCommitteeData.Seed::key).containsExactly("kh-vn");
        assertThat(DemoCommitteeData.forCountry("KH")).hasSize(DemoCommitteeData.ALL.size());
    }
}
