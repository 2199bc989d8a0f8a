package org.liaison.committees.internal;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.committees.Committee;
import org.liaison.committees.CommitteeDraft;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.Decision;
import org.liaison.committees.DecisionDraft;
import org.liaison.committees.DecisionId;
import org.liaison.committees.Meeting;
import org.liaison.committees.MeetingDraft;
import org.liaison.committees.MeetingId;
import org.liaison.committees.Participant;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/** Records committees, meetings and decisions for the facade, inside its transaction, with their audit entries. */
@Component
public class CommitteeRecords {

    private final JointCommittees committees;
    private final CommitteeMeetings meetings;
    private final MeetingDecisions decisions;
    private final AgreementReferences agreements;
    private final AuditTrail auditTrail;

    CommitteeRecords(JointCommittees committees, CommitteeMeetings meetings, MeetingDecisions decisions,
                     AgreementReferences agreements, AuditTrail auditTrail) {
        this.committees = committees;
        this.meetings = meetings;
        this.decisions = decisions;
        this.agreements = agreements;
        this.auditTrail = auditTrail;
    }

    public Committee create(CommitteeDraft draft) {
        agreements.requireAll(draft.agreementList());
        var id = CommitteeId.random();
        committees.insertIfAbsent(id, draft);
        auditTrail.record(AuditAction.COMMITTEE_CREATED, "committee:" + id, draft.summary());
        return committees.find(id).orElseThrow(() -> new NotFound("committee", id));
    }

    public Meeting record(CommitteeId committee, MeetingDraft draft) {
        committees.find(committee).orElseThrow(() -> new NotFound("committee", committee));
        check(committee, draft);
        var id = MeetingId.random();
        meetings.insertIfAbsent(id, committee, draft);
        auditTrail.record(AuditAction.MEETING_RECORDED, "meeting:" + id, "committee=" + committee + " " + draft.summary());
        return meetings.find(id).orElseThrow(() -> new NotFound("meeting", id));
    }

    public Decision decide(MeetingId meeting, DecisionDraft draft) {
        meetings.find(meeting).orElseThrow(() -> new NotFound("meeting", meeting));
        var decision = decisions.insert(DecisionId.random(), meeting, draft);
        auditTrail.record(AuditAction.DECISION_RECORDED, "decision:" + decision.id(),
                "meeting=" + meeting + " number=" + decision.number());
        return decision;
    }

    /** Rules that involve more than one field; single fields are checked by Bean Validation. */
    private void check(CommitteeId committee, MeetingDraft draft) {
        var starts = java.util.Objects.requireNonNull(draft.startsOn());
        var ends = java.util.Objects.requireNonNull(draft.endsOn());
        if (ends.isBefore(starts)) {
            throw new InvalidInput("committees.refusal.meetingEnds", "the meeting cannot end before it starts");
        }
        if (draft.nextMeetingOn() != null && !draft.nextMeetingOn().isAfter(ends)) {
            throw new InvalidInput("committees.refusal.nextMeeting", "the next meeting must be planned after this one ends");
        }
        if (draft.sequence() != null && meetings.sequenceTaken(committee, draft.sequence())) {
            throw new Conflict("committees.refusal.meetingNumber",
                    "this committee already has a meeting numbered " + draft.sequence(), draft.sequence());
        }
        if (draft.participants().stream().noneMatch(Participant::coChair) && !draft.participants().isEmpty()) {
            throw new InvalidInput("committees.refusal.coChairs", "name the co-chairs among the participants");
        }
    }
}
