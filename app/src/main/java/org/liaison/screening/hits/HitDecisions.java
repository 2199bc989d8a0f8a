package org.liaison.screening.hits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Sent;
import org.liaison.screening.AlertHit;
import org.liaison.screening.HitConfirmed;
import org.liaison.screening.HitNotice;
import org.liaison.screening.HitStatus;
import org.liaison.screening.alerts.AlertSharing;
import org.liaison.screening.input.Fields;
import org.liaison.screening.payload.HitNotification;
import org.liaison.shared.Actor;
import org.liaison.shared.Conflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An officer's decision on a possible match. A confirmed hit on a partner's alert is reported to the issuing
 * agency as a request for its instructions, answered within a day (the SIRENE hit procedure), when the
 * agreements allow it; otherwise the refusal is kept on the hit for the officer to act on by other means.
 */
@Component
public class HitDecisions {

    static final Duration ANSWER_WITHIN = Duration.ofHours(24);

    private final Hits hits;
    private final Exchange exchange;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HitDecisions(Hits hits, Exchange exchange, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.hits = hits;
        this.exchange = exchange;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public AlertHit confirm(AlertHit hit, String note) {
        decide(hit, HitStatus.CONFIRMED, note);
        if (hit.ownAlert()) {
            hits.notice(hit.id(), HitNotice.LOCAL, null, null);
        } else {
            notifyIssuer(hit, note);
        }
        var confirmed = hits.find(hit.id()).orElseThrow();
        audit.record(AuditAction.HIT_CONFIRMED, "hit:" + hit.id(), "alert=" + hit.alertReference()
                + " issuer=" + hit.issuingAgency() + " notification=" + confirmed.notice());
        events.publishEvent(new HitConfirmed(hit.id(), hit.alert(), hit.issuingAgency()));
        return confirmed;
    }

    public AlertHit discard(AlertHit hit, String reason) {
        decide(hit, HitStatus.DISCARDED, reason);
        audit.record(AuditAction.HIT_DISCARDED, "hit:" + hit.id(), "alert=" + hit.alertReference() + " reason=" + reason);
        return hits.find(hit.id()).orElseThrow();
    }

    private void decide(AlertHit hit, HitStatus status, String note) {
        if (!hits.decide(hit.id(), status, Actor.currentName(), note, Instant.now(clock))) {
            throw new Conflict("screening.refusal.alreadyDecided", "hit " + hit.id() + " was already decided, or its particulars were purged");
        }
    }

    private void notifyIssuer(AlertHit hit, String note) {
        var now = Instant.now(clock);
        var notification = new HitNotification(Fields.cut("Hit on alert " + hit.alertReference() + ": " + hit.alertTitle(), 200),
                note, hit.id().toString(), hit.alertReference(), hit.checkpoint(), hit.foundAt().toString(),
                hit.travellerName(), hit.dateOfBirth(), hit.nationality(), hit.document());
        var message = new OutgoingMessage(hit.agency(), hit.issuingAgency(), MessageKind.REQUEST,
                DataCategory.HIT_NOTIFICATION, AlertSharing.PURPOSE, notification, now.plus(ANSWER_WITHIN), null, List.of());
        switch (exchange.send(message)) {
            // Details are codes the hit page says in the officer's language: the clause, or why not (a reason's name).
            case Sent sent -> hits.notice(hit.id(), HitNotice.SENT, sent.clause().toString(), sent.id().value());
            case Denied denied -> hits.notice(hit.id(), HitNotice.NOT_ALLOWED, denied.policyReason() != null
                    ? denied.policyReason().name() : denied.why().name(), null);
        }
    }
}
