package org.liaison.committees.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.committees.Commitment;
import org.liaison.committees.CommitmentDraft;
import org.liaison.committees.CommitmentId;
import org.liaison.committees.CommitmentStatus;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.DecisionId;
import org.liaison.committees.ProgressDraft;
import org.liaison.committees.ProgressUpdate;
import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Creates commitments and moves them on for the facade, inside its transaction, with their audit entries. */
@Component
public class CommitmentRecords {

    private final TrackedCommitments commitments;
    private final ProgressNotes progress;
    private final MeetingDecisions decisions;
    private final JointCommittees committees;
    private final AgreementReferences agreements;
    private final NodeCalendar calendar;
    private final AuditTrail auditTrail;
    private final Clock clock;

    CommitmentRecords(TrackedCommitments commitments, ProgressNotes progress, MeetingDecisions decisions,
                      JointCommittees committees, AgreementReferences agreements, NodeCalendar calendar,
                      AuditTrail auditTrail, Clock clock) {
        this.commitments = commitments;
        this.progress = progress;
        this.decisions = decisions;
        this.committees = committees;
        this.agreements = agreements;
        this.calendar = calendar;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** A commitment an agreement contains: the agreement's parties manage it. */
    public Commitment fromAgreement(CommitmentDraft draft) {
        var agreement = draft.agreementId();
        if (agreement == null) {
            throw new InvalidInput("committees.refusal.agreementMissing", "say which agreement the commitment comes from");
        }
        return create(draft, agreements.requireParties(agreement), null, null, "");
    }

    /** An action item a meeting decided: the committee's parties manage it. */
    public Commitment fromDecision(DecisionId decision, CommitmentDraft draft) {
        decisions.find(decision).orElseThrow(() -> new NotFound("decision", decision));
        var committee = decisions.committeeOf(decision).flatMap(committees::find).orElseThrow();
        if (draft.agreementId() != null) {
            agreements.requireParties(draft.agreementId());
        }
        return create(draft, committee.parties(), decision, committee.id(), " decision=" + decision);
    }

    private Commitment create(CommitmentDraft draft, List<String> parties, @Nullable DecisionId decision,
                              @Nullable CommitteeId committee, String origin) {
        var id = CommitmentId.random();
        var commitment = new Commitment(id, Objects.requireNonNull(draft.text()), draft.nativeText(),
                Objects.requireNonNull(draft.area()), draft.agreementId(), decision, committee, draft.ownerList(),
                parties, draft.indicators(), Objects.requireNonNull(draft.dueOn()), CommitmentStatus.OPEN, null);
        commitments.insertIfAbsent(commitment);
        auditTrail.record(AuditAction.COMMITMENT_CREATED, "commitment:" + id, draft.summary() + origin);
        return commitment;
    }

    /** Moves the commitment on and notes why; final statuses and backward moves are refused. */
    public Commitment move(CommitmentId id, CommitmentStatus target, String note) {
        var current = commitments.lock(id).orElseThrow(() -> new NotFound("commitment", id));
        requireMove(current, target);
        var completed = target == CommitmentStatus.DONE ? calendar.today() : null;
        commitments.updateStatus(id, target, completed);
        insertNote(id, note, target, null);
        auditTrail.record(AuditAction.COMMITMENT_STATUS_CHANGED, "commitment:" + id, current.status() + " → " + target);
        return commitments.find(id).orElseThrow();
    }

    public ProgressUpdate report(CommitmentId id, ProgressDraft draft, EvidenceFiles.@Nullable Checked file) {
        var current = commitments.lock(id).orElseThrow(() -> new NotFound("commitment", id));
        var target = draft.status();
        if (target != null && target != current.status()) {
            if (target == CommitmentStatus.DROPPED || target == CommitmentStatus.OPEN) {
                throw new InvalidInput("committees.refusal.progressMove",
                        "a progress update can move a commitment to in progress or done only");
            }
            requireMove(current, target);
            commitments.updateStatus(id, target, target == CommitmentStatus.DONE ? calendar.today() : null);
        }
        var update = insertNote(id, Objects.requireNonNull(draft.note()), target == current.status() ? null : target, file);
        auditTrail.record(AuditAction.COMMITMENT_PROGRESS_POSTED, "commitment:" + id, "update=" + update.id()
                + (update.statusAfter() == null ? "" : " status=" + update.statusAfter())
                + (file == null ? "" : " evidence=" + file.fileName() + " sha256=" + file.sha256()));
        return update;
    }

    /** A status as the page says it, for a refusal's arguments. */
    private static MessageSourceResolvable status(CommitmentStatus status) {
        return new DefaultMessageSourceResolvable(new String[] { "committees.status." + status.name() }, status.name());
    }

    private static void requireMove(Commitment current, CommitmentStatus target) {
        if (!current.status().canMoveTo(target)) {
            var message = "a commitment that is " + current.status() + " cannot become " + target
                    + (current.status().closed() ? "; it is closed" : "; it can become " + current.status().next());
            throw current.status().closed()
                    ? new Conflict("committees.refusal.closed", message, status(current.status()))
                    : new Conflict("committees.refusal.move", message, status(current.status()), status(target));
        }
    }

    private ProgressUpdate insertNote(CommitmentId id, String note, @Nullable CommitmentStatus status,
                                      EvidenceFiles.@Nullable Checked file) {
        var reach = Reach.current();
        var evidence = file == null ? null
                : new ProgressUpdate.EvidenceInfo(file.fileName(), file.contentType(), file.content().length, file.sha256());
        var update = new ProgressUpdate(UUID.randomUUID(), id, note, status, reach.actor(),
                reach.agency().map(AgencyId::value).orElse(null), ProgressNotes.now(clock), evidence);
        progress.insertIfAbsent(update, file);
        return update;
    }
}
