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
    public boolean hasPartyCovering(Party party) {
        return summary.parties().stream().anyMatch(p -> p.covers(party));
    }

    /** Checks a lifecycle move; terminal statuses need the date they took effect. */
    void checkMove(AgreementStatus target, @Nullable LocalDate effective) {
        if (!status().canMoveTo(target)) {
            throw new Conflict("agreements.refusal.move", "An agreement that is " + status() + " cannot become " + target
                    + "; from " + status() + " it can become " + status().next() + ".", status().said(), target.said());
        }
        if (target.ends() && effective == null) {
            throw new Conflict("agreements.refusal.moveDate", "Say on which date the agreement became " + target + ".",
                    target.said());
        }
        if (target == AgreementStatus.IN_FORCE && summary.validity().from() == null && summary.signedOn() == null) {
            throw new Conflict("agreements.refusal.inForceDate",
                    "An agreement enters into force on a date: give its validity or signing date first.");
        }
    }
}
