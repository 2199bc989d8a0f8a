package org.liaison.committees.internal;

import java.util.Collection;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.liaison.agreements.Party;
import org.liaison.committees.CommitmentDraft;
import org.liaison.committees.CommitmentId;
import org.liaison.committees.CommitteeDraft;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.DecisionId;
import org.liaison.committees.MeetingId;
import org.liaison.identity.Reach;
import org.liaison.identity.Role;
import org.springframework.stereotype.Component;

/**
 * The module's own authorization rules, asked of the caller's {@link Reach} both by {@code @PreAuthorize} (bean
 * {@code committeeAccess}) and by the pages that show or hide a form: administrators (and the node itself) manage
 * everything; a committee secretary manages what their agency is involved in; owners' officers report progress.
 * Unknown ids pass the involvement test so that the use case answers "not found" rather than "forbidden".
 */
@Component("committeeAccess")
public class CommitteeAccess {

    private final JointCommittees committees;
    private final CommitteeMeetings meetings;
    private final MeetingDecisions decisions;
    private final TrackedCommitments commitments;
    private final AgreementReferences agreements;

    CommitteeAccess(JointCommittees committees, CommitteeMeetings meetings, MeetingDecisions decisions,
                    TrackedCommitments commitments, AgreementReferences agreements) {
        this.committees = committees;
        this.meetings = meetings;
        this.decisions = decisions;
        this.commitments = commitments;
        this.agreements = agreements;
    }

    /** Administrators and committee secretaries: those who may set up committees and record commitments at all. */
    public boolean mayRecord() {
        return Reach.current().mayActAs(Set.of(Role.COMMITTEE_SECRETARY));
    }

    public boolean managesCommittee(CommitteeId id) {
        return manages(() -> involvedInCommittee(id));
    }

    /** A new committee: a secretary must be involved in one of its parties. */
    public boolean managesNewCommittee(CommitteeDraft draft) {
        return manages(() -> involved(draft.partyList()));
    }

    public boolean managesMeeting(MeetingId id) {
        return manages(() -> meetings.find(id).map(m -> involvedInCommittee(m.committee())).orElse(true));
    }

    public boolean managesDecision(DecisionId id) {
        return manages(() -> decisions.committeeOf(id).map(this::involvedInCommittee).orElse(true));
    }

    public boolean managesCommitment(CommitmentId id) {
        return manages(() -> commitments.find(id).map(c -> involved(c.parties())).orElse(true));
    }

    /** A new commitment from an agreement: a secretary must be involved in a party to that agreement. */
    public boolean managesNewCommitment(CommitmentDraft draft) {
        var agreement = draft.agreementId();
        return manages(() -> agreement == null || agreements.find(agreement)
                .map(a -> involved(a.parties().stream().map(Party::value).toList())).orElse(true));
    }

    /** Progress comes from the officers of an owner (their agency acts within it), or from its managers. */
    public boolean reportsOn(CommitmentId id) {
        var agency = Reach.current().agency();
        return managesCommitment(id) || commitments.find(id).map(c -> agency.filter(own -> c.owners().stream()
                .map(Party::of).anyMatch(owner -> owner.covers(own))).isPresent()).orElse(true);
    }

    private static boolean manages(BooleanSupplier secretaryInvolved) {
        var reach = Reach.current();
        return reach.administers() || reach.has(Role.COMMITTEE_SECRETARY) && secretaryInvolved.getAsBoolean();
    }

    private boolean involvedInCommittee(CommitteeId id) {
        return committees.find(id).map(c -> involved(c.parties())).orElse(true);
    }

    /**
     * Whether the caller is involved in one of the parties: their agency acts within it, or it lies within their
     * reach (a ministry's secretary manages what its general departments committed to).
     */
    static boolean involved(Reach reach, Collection<String> parties) {
        return parties.stream().map(Party::of).anyMatch(party -> reach.agency().filter(party::covers).isPresent()
                || party.agency().filter(reach::covers).isPresent());
    }

    private static boolean involved(Collection<String> parties) {
        return involved(Reach.current(), parties);
    }
}
