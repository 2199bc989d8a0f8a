package org.liaison.screening.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.matching.Romanization;
import org.liaison.screening.Alert;
import org.liaison.screening.AlertDraft;
import org.liaison.screening.AlertId;
import org.liaison.screening.AlertIssued;
import org.liaison.screening.AlertStatus;
import org.liaison.screening.AlertSubject;
import org.liaison.screening.AlertWithdrawn;
import org.liaison.screening.Photo;
import org.liaison.screening.input.Fields;
import org.liaison.screening.watchlist.IndexRefresh;
import org.liaison.shared.Actor;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Issues and withdraws this node's alerts inside the facade's transaction, with audit and sharing. */
@Component
public class AlertRecords {

    private final Alerts alerts;
    private final AlertSharing sharing;
    private final IndexRefresh refresh;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AlertRecords(Alerts alerts, AlertSharing sharing, IndexRefresh refresh, AuditTrail audit,
                 ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.sharing = sharing;
        this.refresh = refresh;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Alert issue(AlertDraft draft, @Nullable Photo photo, AgencyId issuer) {
        check(draft, issuer);
        var now = Instant.now(clock);
        var latin = draft.nameLatin() != null || draft.nameNative() == null ? draft.nameLatin()
                : Fields.optional(Romanization.of(draft.nameNative()));
        var alert = new Alert(AlertId.random(), alerts.nextReference(issuer.country(), LocalDate.now(clock).getYear()),
                issuer, true, Objects.requireNonNull(draft.subject()), Objects.requireNonNull(draft.noticeType()),
                draft.nameNative(), latin, draft.nameLatin() == null && latin != null, draft.aliasList(), draft.dateOfBirth(), draft.nationality(), draft.gender(),
                draft.documentList(), draft.identifier(), Objects.requireNonNull(draft.reason()),
                Objects.requireNonNull(draft.action()), draft.validUntil(), draft.reviewOn(), AlertStatus.ACTIVE,
                photo != null, draft.shareWith(), now, Actor.currentName(), now);
        alerts.insert(alert, photo, null);
        audit.record(AuditAction.ALERT_ISSUED, "alert:" + alert.id(), "reference=" + alert.reference()
                + " notice=" + alert.noticeType() + " subject=" + alert.subject());
        sharing.share(alert, photo, draft.shareWith());
        refresh.afterCommit();
        events.publishEvent(new AlertIssued(alert.id(), alert.reference(), alert.issuingAgency()));
        return alert;
    }

    public Alert withdraw(AlertId id, String reason) {
        var alert = alerts.find(id).orElseThrow(() -> new NotFound("alert", id));
        if (!alert.own()) {
            throw new Conflict("screening.refusal.notIssuer", "only the issuing agency withdraws an alert; ask " + alert.issuingAgency(),
                    alert.issuingAgency().value());
        }
        if (alerts.withdraw(id, Instant.now(clock)) == 0) {
            throw new Conflict("screening.refusal.alreadyWithdrawn", "alert " + alert.reference() + " is already withdrawn",
                    alert.reference());
        }
        audit.record(AuditAction.ALERT_WITHDRAWN, "alert:" + id, "reference=" + alert.reference() + " reason=" + reason);
        var withdrawn = alerts.find(id).orElseThrow();
        sharing.withdrawn(withdrawn);
        refresh.afterCommit();
        events.publishEvent(new AlertWithdrawn(id, alert.reference(), alert.issuingAgency()));
        return withdrawn;
    }

    /** Sends an alert already issued to more partners, as the agreements allow. */
    public Alert share(AlertId id, List<String> partners) {
        var alert = alerts.find(id).orElseThrow(() -> new NotFound("alert", id));
        if (!alert.own() || alert.status() != AlertStatus.ACTIVE) {
            throw new Conflict("screening.refusal.notShareable", "only an active alert issued here can be shared");
        }
        var fresh = partners.stream().distinct().filter(p -> !alert.sharedWith().contains(p)).toList();
        checkPartners(fresh, alert.issuingAgency());
        sharing.share(alert, alerts.photo(id).orElse(null), fresh);
        alerts.addSharedWith(id, fresh);
        return alerts.find(id).orElseThrow();
    }

    /** Rules across fields; single fields are checked by Bean Validation. */
    private void check(AlertDraft draft, AgencyId issuer) {
        if (draft.subject() == AlertSubject.PERSON && draft.nameNative() == null && draft.nameLatin() == null) {
            throw new InvalidInput("screening.refusal.personName", "an alert on a person needs a name, in its own script or in Latin");
        }
        if (draft.subject() != AlertSubject.PERSON && draft.identifier() == null) {
            throw new InvalidInput("screening.refusal.identifier", "an alert on a document or vehicle needs its number or plate");
        }
        if (draft.validUntil() != null && draft.validUntil().isBefore(LocalDate.now(clock))) {
            throw new InvalidInput("screening.refusal.expired", "the alert would already have expired");
        }
        checkPartners(draft.shareWith(), issuer);
    }

    private void checkPartners(List<String> partners, AgencyId issuer) {
        for (var partner : partners) {
            if (AgencyId.of(partner).country().equals(issuer.country())) {
                throw new InvalidInput("screening.refusal.sameNode", partner + " is on this node: it screens against the alert already",
                        partner);
            }
            var refusal = sharing.refusal(issuer, AgencyId.of(partner));
            if (refusal != null) {
                throw new InvalidInput("screening.refusal.partner", "alerts cannot go from " + issuer + " to " + partner + ": "
                        + refusal.explanation(), partner, refusal.said());
            }
        }
    }
}
