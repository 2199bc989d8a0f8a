package org.liaison.committees;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.committees.internal.CommitmentRecords;
import org.liaison.committees.internal.CommitteeAccess;
import org.liaison.committees.internal.CommitteeMeetings;
import org.liaison.committees.internal.CommitteeRecords;
import org.liaison.committees.internal.EvidenceFiles;
import org.liaison.committees.internal.JointCommittees;
import org.liaison.committees.internal.MeetingDecisions;
import org.liaison.committees.internal.NodeCalendar;
import org.liaison.committees.internal.ProgressNotes;
import org.liaison.committees.internal.TrackedCommitments;
import org.liaison.committees.review.ImplementationReviews;
import org.liaison.directory.AgencyId;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Joint committees, their meetings and decisions, and the commitments they and the agreements create.
 * Public facade of the committees module.
 *
 * <p>Every signed-in officer (and the node itself) reads; no one else does. Administrators manage everything on
 * the node; committee secretaries manage the committees, meetings, decisions and commitments their agency is
 * involved in; the owners' officers post progress ({@link CommitteeAccess}, asked of the caller's reach). Every
 * change is validated and audited in its own transaction.
 */
@Service
@Validated
@PreAuthorize(Permissions.SIGNED_IN)
public class Committees {

    private final JointCommittees committees;
    private final CommitteeMeetings meetings;
    private final MeetingDecisions decisions;
    private final TrackedCommitments commitments;
    private final ProgressNotes progress;
    private final CommitteeRecords committeeRecords;
    private final CommitmentRecords commitmentRecords;
    private final ImplementationReviews reviews;
    private final NodeCalendar calendar;
    private final CommitteeAccess access;

    Committees(JointCommittees committees, CommitteeMeetings meetings, MeetingDecisions decisions,
               TrackedCommitments commitments, ProgressNotes progress, CommitteeRecords committeeRecords,
               CommitmentRecords commitmentRecords, ImplementationReviews reviews, NodeCalendar calendar,
               CommitteeAccess access) {
        this.committees = committees;
        this.meetings = meetings;
        this.decisions = decisions;
        this.commitments = commitments;
        this.progress = progress;
        this.committeeRecords = committeeRecords;
        this.commitmentRecords = commitmentRecords;
        this.reviews = reviews;
        this.calendar = calendar;
        this.access = access;
    }

    /** Whether the current officer may set up committees and record commitments at all (pages offer the forms). */
    public boolean mayRecord() {
        return access.mayRecord();
    }

    /** Whether the current officer may record meetings, decisions and action items of the committee. */
    public boolean mayManage(CommitteeId committee) {
        return access.managesCommittee(committee);
    }

    /** Whether the current officer may change the commitment's status. */
    public boolean mayManage(CommitmentId commitment) {
        return access.managesCommitment(commitment);
    }

    /** Whether the current officer may post progress on the commitment: an owner's officer or a manager. */
    public boolean mayReport(CommitmentId commitment) {
        return access.reportsOn(commitment);
    }

    /** Committees matching every filter given; {@code party} also matches agencies above or below it. */
    public List<Committee> committees(@Nullable CommitteeKind kind, @Nullable String party, @Nullable String text) {
        return committees.search(kind, party, text);
    }

    public Committee committee(CommitteeId id) {
        return committees.find(id).orElseThrow(() -> new NotFound("committee", id));
    }

    /** The committees that oversee an agreement's implementation. */
    public List<Committee> overseeing(AgreementId agreement) {
        return committees.overseeing(agreement);
    }

    /** A committee's meetings, latest first. */
    public List<Meeting> meetings(CommitteeId committee) {
        return meetings.of(committee);
    }

    public Meeting meeting(MeetingId id) {
        return meetings.find(id).orElseThrow(() -> new NotFound("meeting", id));
    }

    public Decision decision(DecisionId id) {
        return decisions.find(id).orElseThrow(() -> new NotFound("decision", id));
    }

    public List<Commitment> commitments(CommitmentFilter filter) {
        return commitments.search(filter, calendar.today());
    }

    public Commitment commitment(CommitmentId id) {
        return commitments.find(id).orElseThrow(() -> new NotFound("commitment", id));
    }

    /** The action items a decision created. */
    public List<Commitment> actionItems(DecisionId decision) {
        return commitments.fromDecision(decision);
    }

    /** A commitment's progress updates, oldest first. */
    public List<ProgressUpdate> progress(CommitmentId id) {
        return progress.of(id);
    }

    public Evidence evidence(CommitmentId commitment, UUID update) {
        return progress.evidence(commitment, update).orElseThrow(() -> new NotFound("evidence of update", update));
    }

    /** Open items past their due date that the agency (or an agency above it) owns: the dashboard's warning. */
    public List<Commitment> overdueFor(AgencyId agency) {
        return commitments.overdueFor(agency, calendar.today());
    }

    /** Today in the node's time zone, the day overdue is measured against. */
    public LocalDate today() {
        return calendar.today();
    }

    /** What fell due in {@code year} under an agreement and what became of it; not found if the officer may not see it. */
    @Transactional(readOnly = true)
    public Review agreementReview(AgreementId agreement, int year) {
        return reviews.ofAgreement(agreement, year);
    }

    @Transactional(readOnly = true)
    public Review committeeReview(CommitteeId committee, int year) {
        return reviews.ofCommittee(committee, year);
    }

    @Transactional
    @PreAuthorize("@committeeAccess.managesNewCommittee(#draft)")
    public Committee createCommittee(@Valid CommitteeDraft draft) {
        return committeeRecords.create(draft);
    }

    @Transactional
    @PreAuthorize("@committeeAccess.managesCommittee(#committee)")
    public Meeting recordMeeting(CommitteeId committee, @Valid MeetingDraft draft) {
        return committeeRecords.record(committee, draft);
    }

    @Transactional
    @PreAuthorize("@committeeAccess.managesMeeting(#meeting)")
    public Decision recordDecision(MeetingId meeting, @Valid DecisionDraft draft) {
        return committeeRecords.decide(meeting, draft);
    }

    /** An action item a decision creates, owned by agencies on each side and managed by the committee's parties. */
    @Transactional
    @PreAuthorize("@committeeAccess.managesDecision(#decision)")
    public Commitment createActionItem(DecisionId decision, @Valid CommitmentDraft draft) {
        return commitmentRecords.fromDecision(decision, draft);
    }

    /** A commitment an agreement contains; the agreement must be in the registry and visible to the officer. */
    @Transactional
    @PreAuthorize("@committeeAccess.managesNewCommitment(#draft)")
    public Commitment createCommitment(@Valid CommitmentDraft draft) {
        return commitmentRecords.fromAgreement(draft);
    }

    /** Moves a commitment on (or drops it), with a note saying why; illegal moves are refused as conflicts. */
    @Transactional
    @PreAuthorize("@committeeAccess.managesCommitment(#id)")
    public Commitment changeStatus(CommitmentId id, CommitmentStatus target, String note) {
        return commitmentRecords.move(id, target, note.isBlank() ? "status changed to " + target : note.strip());
    }

    /** A progress note with optional evidence (PDF, PNG, JPEG or text, at most 10 MB) from an owner's officer. */
    @Transactional
    @PreAuthorize("@committeeAccess.reportsOn(#id)")
    public ProgressUpdate postProgress(CommitmentId id, @Valid ProgressDraft draft, @Nullable EvidenceUpload evidence) {
        var file = evidence == null ? null : EvidenceFiles.check(evidence);
        return commitmentRecords.report(id, draft, file);
    }
}
