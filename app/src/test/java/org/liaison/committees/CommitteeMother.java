package org.liaison.committees;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.identity.OfficerId;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test data for the committees module: agreements in the registry, committees with a meeting and a decision,
 * and commitments, each with fresh references so tests sharing one database do not see each other's data.
 * Fixtures are made as a node administrator, whoever the test itself runs as.
 */
public final class CommitteeMother {

    private final Committees committees;
    private final AgreementRegistry registry;

    public CommitteeMother(Committees committees, AgreementRegistry registry) {
        this.committees = committees;
        this.registry = registry;
    }

    /** A fresh KH/MOI – LA/MPS agreement in force nowhere yet, but known to the registry. */
    public AgreementId agreement() {
        var id = AgreementId.of("T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        asAdmin(() -> registry.register(new AgreementDraft(id, AgreementKind.MOU, "Test MoU " + id, null, false,
                List.of(Party.of("KH/MOI"), Party.of("LA/MPS")), null, null, null, null, null, null, "Asia/Phnom_Penh",
                Set.of(CooperationArea.SECURITY), null)));
        return id;
    }

    static CommitteeDraft committeeDraft(AgreementId agreement) {
        return new CommitteeDraft(CommitteeKind.MINISTERIAL, "Test committee " + agreement, "គណៈកម្មការសាកល្បង",
                null, "km", List.of("KH/MOI", "LA/MPS"), List.of(agreement.value()));
    }

    static MeetingDraft meetingDraft(int sequence) {
        return new MeetingDraft(sequence, LocalDate.of(2025, 11, 26), LocalDate.of(2025, 11, 28), false, "Vientiane",
                MeetingForm.IN_PERSON,
                List.of(new Participant("KH/MOI", "Sar Kheng", "ស ខេង", "Minister of Interior", true),
                        new Participant("LA/MPS", "Vilay Lakhamfong", "ວິໄລ ຫຼ້າຄຳຟອງ", "Minister of Public Security", true)),
                List.of("Review of 2024", "Plan for 2025"), "Minutes of the meeting.", LocalDate.of(2026, 11, 1));
    }

    static CommitmentDraft item(String text, List<String> owners, LocalDate due) {
        return new CommitmentDraft(text, null, CooperationArea.DRUG_TRAFFICKING, null, owners, "Reports exchanged", due);
    }

    static CommitmentDraft commitment(AgreementId agreement, List<String> owners, LocalDate due) {
        return new CommitmentDraft("Commitment under " + agreement, null, CooperationArea.BORDER_MANAGEMENT,
                agreement.value(), owners, null, due);
    }

    /** A committee with one meeting and one decision. */
    public Decision decision(AgreementId agreement) {
        return asAdmin(() -> {
            var committee = committees.createCommittee(committeeDraft(agreement));
            var meeting = committees.recordMeeting(committee.id(), meetingDraft(15));
            return committees.recordDecision(meeting.id(), new DecisionDraft("Expand information exchange", null));
        });
    }

    Commitment actionItem(Decision decision, List<String> owners, LocalDate due) {
        return asAdmin(() -> committees.createActionItem(decision.id(), item("Action on " + decision.id(), owners, due)));
    }

    /** Runs as an administrator of KH/MOI and restores the test's own officer afterwards. */
    static <T> T asAdmin(Supplier<T> work) {
        return as("KH/MOI", EnumSet.of(Role.ADMIN), work);
    }

    static <T> T as(String agency, Set<Role> roles, Supplier<T> work) {
        var saved = SecurityContextHolder.getContext();
        var principal = new OfficerPrincipal(OfficerId.random(), "mother", "Mother", agency, roles);
        var authorities = new java.util.ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("FACTOR_COMPLETE"));
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }
}
