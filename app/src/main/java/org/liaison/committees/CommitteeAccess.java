package org.liaison.committees;

import org.liaison.shared.Actor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The agency rules of the module's authorization expressions ({@code @committeeAccess.…} in
 * {@code @PreAuthorize}): a secretary manages what their agency is party to; owners' officers report
 * progress. Unknown ids pass here so that the use case answers "not found" rather than "forbidden".
 */
@Component("committeeAccess")
class CommitteeAccess {

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

    public boolean committee(CommitteeId id) {
        return committees.find(id).map(c -> c.involves(agency())).orElse(true);
    }

    public boolean newCommittee(CommitteeDraft draft) {
        return Parties.involve(draft.partyList(), agency());
    }

    public boolean meeting(MeetingId id) {
        return meetings.find(id).map(m -> committee(m.committee())).orElse(true);
    }

    public boolean decision(DecisionId id) {
        return decisions.committeeOf(id).map(this::committee).orElse(true);
    }

    public boolean commitment(CommitmentId id) {
        return commitments.find(id).map(c -> Parties.involve(c.parties(), agency())).orElse(true);
    }

    /** A new commitment from an agreement: the secretary's agency must be party to that agreement. */
    public boolean newCommitment(CommitmentDraft draft) {
        var agreement = draft.agreementId();
        return agreement == null || agreements.find(agreement)
                .map(a -> Parties.involve(a.parties().stream().map(p -> p.value()).toList(), agency()))
                .orElse(true);
    }

    public boolean owner(CommitmentId id) {
        return commitments.find(id).map(c -> c.ownedBy(agency())).orElse(true);
    }

    /** Whether the current officer may manage the committee: an administrator, or a secretary of a party. */
    boolean managesCommittee(CommitteeId id) {
        return has("ROLE_ADMIN") || has("ROLE_COMMITTEE_SECRETARY") && committee(id);
    }

    boolean managesCommitment(CommitmentId id) {
        return has("ROLE_ADMIN") || has("ROLE_COMMITTEE_SECRETARY") && commitment(id);
    }

    boolean reportsOn(CommitmentId id) {
        return managesCommitment(id) || owner(id);
    }

    private static boolean has(String authority) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    private static String agency() {
        return Actor.current().map(Actor::agencyId).orElse("");
    }
}
