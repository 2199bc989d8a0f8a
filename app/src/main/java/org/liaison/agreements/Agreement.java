package org.liaison.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Conflict;

/**
 * An instrument with everything this node records about it. Immutable: a change makes a new value, and
 * the lifecycle refuses what a registry of treaties would refuse.
 */
public record Agreement(AgreementSummary summary,
                        @Nullable String signedPlace,
                        @Nullable MeetingForm meetingForm,
                        @Nullable String description,
                        @Nullable LocalDate endedOn,
                        @Nullable String statusNote,
                        List<Signatory> signatories,
                        List<SharingClause> clauses,
                        List<AgreementDocument> documents,
                        List<AgreementLink> links,
                        List<AgreementLink> linkedFrom,
                        Instant createdAt,
                        String createdBy,
                        int version) {

    public AgreementId id() {
        return summary.id();
    }

    public AgreementStatus status() {
        return summary.status();
    }

    public List<Party> parties() {
        return summary.parties();
    }

    public String title() {
        return summary.title();
    }

    /** The validity cut short by termination, expiry or renewal, if any. */
    public Validity effectiveValidity() {
        return summary.validity().endedOn(endedOn);
    }

    /** Whether an officer of this agency acts for one of the parties. */
    public boolean involves(AgencyId agency) {
        return summary.parties().stream().anyMatch(p -> p.covers(agency));
    }

    /** Whether a party of this agreement covers this would-be clause or signatory party. */
    boolean hasPartyCovering(Party party) {
        return summary.parties().stream().anyMatch(p -> p.covers(party));
    }

    /** Checks a lifecycle move; terminal statuses need the date they took effect. */
    void checkMove(AgreementStatus target, @Nullable LocalDate effective) {
        if (!status().canMoveTo(target)) {
            throw new Conflict("An agreement that is " + status() + " cannot become " + target
                    + "; from " + status() + " it can become " + status().next() + ".");
        }
        if (target.ends() && effective == null) {
            throw new Conflict("Say on which date the agreement became " + target + ".");
        }
        if (target == AgreementStatus.IN_FORCE && summary.validity().from() == null && summary.signedOn() == null) {
            throw new Conflict("An agreement enters into force on a date: give its validity or signing date first.");
        }
    }

    /** The policy rules its clauses make, both directions of reciprocal ones. */
    List<PolicyRule> rules() {
        var validity = effectiveValidity();
        var start = validity.start() != null ? validity.start()
                : summary.signedOn() == null ? null : summary.signedOn().atStartOfDay(validity.zone()).toInstant();
        return clauses.stream().<PolicyRule>mapMulti((clause, out) -> {
            out.accept(rule(clause, clause.from(), clause.to(), start, validity.end()));
            if (clause.reciprocal()) {
                out.accept(rule(clause, clause.to(), clause.from(), start, validity.end()));
            }
        }).toList();
    }

    private PolicyRule rule(SharingClause clause, Party from, Party to, @Nullable Instant start, @Nullable Instant end) {
        return new PolicyRule(new ClauseRef(id(), clause.article()), title(), status(), from, to,
                clause.categories(), clause.purposes(), clause.handling(), clause.retentionDays(), start, end);
    }
}
