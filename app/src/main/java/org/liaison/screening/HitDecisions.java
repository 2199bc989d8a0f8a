package org.liaison.screening;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyQuery;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.shared.Actor;
import org.liaison.shared.Conflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An officer's decision on a possible match. A confirmed hit on a partner's alert is reported to the issuing
 * agency as a request for its instructions, answered within a day (the SIRENE hit procedure), when the
 * agreements allow it; otherwise the refusal is kept on the hit for the officer to act on by other means.
 */
@Component
class HitDecisions {

    static final Duration ANSWER_WITHIN = Duration.ofHours(24);

    private final Hits hits;
    private final Exchange exchange;
    private final AgreementRegistry agreements;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    HitDecisions(Hits hits, Exchange exchange, AgreementRegistry agreements, AuditTrail audit,
                 ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.hits = hits;
        this.exchange = exchange;
        this.agreements = agreements;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    AlertHit confirm(AlertHit hit, String note) {
        decide(hit, HitStatus.CONFIRMED, note);
        if (hit.ownAlert()) {
            hits.notice(hit.id(), HitNotice.LOCAL, "the alert was issued on this node", null);
        } else {
            notifyIssuer(hit, note);
        }
        var confirmed = hits.find(hit.id()).orElseThrow();
        audit.record(AuditAction.HIT_CONFIRMED, "hit:" + hit.id(), "alert=" + hit.alertReference()
                + " issuer=" + hit.issuingAgency() + " notification=" + confirmed.notice());
        events.publishEvent(new HitConfirmed(hit.id(), hit.alert(), hit.issuingAgency()));
        return confirmed;
    }

    AlertHit discard(AlertHit hit, String reason) {
        decide(hit, HitStatus.DISCARDED, reason);
        audit.record(AuditAction.HIT_DISCARDED, "hit:" + hit.id(), "alert=" + hit.alertReference() + " reason=" + reason);
        return hits.find(hit.id()).orElseThrow();
    }

    private void decide(AlertHit hit, HitStatus status, String note) {
        if (!hits.decide(hit.id(), status, Actor.currentName(), note, Instant.now(clock))) {
            throw new Conflict("hit " + hit.id() + " was already decided, or its particulars were purged");
        }
    }

    private void notifyIssuer(AlertHit hit, String note) {
        var now = Instant.now(clock);
        var decision = agreements.decide(new PolicyQuery(hit.agency(), hit.issuingAgency(), DataCategory.HIT_NOTIFICATION,
                AlertSharing.PURPOSE, now));
        if (!decision.allowed()) {
            hits.notice(hit.id(), HitNotice.NOT_ALLOWED, decision.explanation(), null);
            return;
        }
        var payload = json.createObjectNode();
        payload.put("subject", Fields.cut("Hit on alert " + hit.alertReference() + ": " + hit.alertTitle(), 200));
        payload.put("body", note);
        payload.put("reference", hit.id().toString());
        payload.put("alertReference", hit.alertReference());
        payload.put("foundOn", hit.foundAt().toString());
        payload.put("travellerName", hit.travellerName());
        if (hit.checkpoint() != null) {
            payload.put("checkpoint", hit.checkpoint());
        }
        if (hit.dateOfBirth() != null) {
            payload.put("dateOfBirth", hit.dateOfBirth());
        }
        if (hit.nationality() != null) {
            payload.put("nationality", hit.nationality());
        }
        if (hit.document() != null) {
            payload.put("document", hit.document());
        }
        var id = exchange.send(new OutgoingMessage(hit.agency(), hit.issuingAgency(), MessageKind.REQUEST,
                DataCategory.HIT_NOTIFICATION, AlertSharing.PURPOSE, payload, now.plus(ANSWER_WITHIN), null, List.of()));
        hits.notice(hit.id(), HitNotice.SENT, "clause " + decision.clause(), id.value());
    }
}
