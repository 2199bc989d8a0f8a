package org.liaison.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Attachment;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends an alert (and later its withdrawal) to partner agencies through the exchange, in the issuing
 * transaction: a partner the agreements do not cover for alerts is refused before anything is written.
 */
@Component
class AlertSharing {

    static final Purpose PURPOSE = Purpose.BORDER_MANAGEMENT;

    private final Exchange exchange;
    private final org.liaison.directory.Directory directory;
    private final AgreementRegistry agreements;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    AlertSharing(Exchange exchange, org.liaison.directory.Directory directory, AgreementRegistry agreements,
                 AuditTrail audit, JsonMapper json, Clock clock) {
        this.exchange = exchange;
        this.directory = directory;
        this.agreements = agreements;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the agreements let the issuer send alerts to the partner today, and if not, why. */
    @Nullable String refusal(AgencyId issuer, AgencyId partner) {
        var decision = agreements.decide(new PolicyQuery(issuer, partner, DataCategory.ALERT, PURPOSE, Instant.now(clock)));
        if (!decision.allowed()) {
            return decision.explanation();
        }
        return exchange.reaches(partner) ? null : "no trusted partner node serves " + partner.country() + " yet";
    }

    /** The partner agencies (of other countries) the issuer may send alerts to today. */
    List<AgencyId> partnersOf(AgencyId issuer) {
        return directory.agencies().stream().map(org.liaison.directory.Agency::id)
                .filter(a -> !a.country().equals(issuer.country()) && refusal(issuer, a) == null).sorted(
                        java.util.Comparator.comparing(AgencyId::value)).toList();
    }

    void share(Alert alert, @Nullable Photo photo, List<String> partners) {
        for (var partner : partners) {
            var attachments = photo == null ? List.<Attachment>of()
                    : List.of(new Attachment(photo.mediaType().equals("image/png") ? "photo.png" : "photo.jpg",
                            photo.mediaType(), photo.content()));
            var id = exchange.send(new OutgoingMessage(alert.issuingAgency(), AgencyId.of(partner), MessageKind.ALERT,
                    DataCategory.ALERT, PURPOSE, payload(alert), null, null, attachments));
            audit.record(AuditAction.ALERT_SHARED, "alert:" + alert.id(), "to=" + partner + " message=" + id);
        }
    }

    /** Tells every partner the alert went to that it is withdrawn, where the agreements still allow it. */
    void withdrawn(Alert alert) {
        for (var partner : alert.sharedWith()) {
            var refusal = refusal(alert.issuingAgency(), AgencyId.of(partner));
            if (refusal != null) {
                audit.record(AuditAction.ALERT_SHARED, "alert:" + alert.id(), "to=" + partner + " withdrawal not sent: " + refusal);
                continue;
            }
            var id = exchange.send(new OutgoingMessage(alert.issuingAgency(), AgencyId.of(partner), MessageKind.ALERT,
                    DataCategory.ALERT, PURPOSE, payload(alert), null, null, List.of()));
            audit.record(AuditAction.ALERT_SHARED, "alert:" + alert.id(), "to=" + partner + " withdrawal message=" + id);
        }
    }

    private ObjectNode payload(Alert alert) {
        var node = json.createObjectNode();
        node.put("subject", Fields.cut((alert.status() == AlertStatus.WITHDRAWN ? "Withdrawn: " : "")
                + alert.noticeType() + " " + alert.title(), 200));
        node.put("body", alert.reason());
        node.put("reference", alert.reference());
        node.put("noticeType", alert.noticeType().name());
        node.put("alertStatus", alert.status().name());
        node.put("subjectKind", alert.subject().name());
        node.put("action", alert.action());
        put(node, "name", alert.latinSuggested() ? null : alert.nameLatin());
        put(node, "nativeName", alert.nameNative());
        put(node, "aliases", alert.aliases().isEmpty() ? null : String.join("\n", alert.aliases()));
        put(node, "dateOfBirth", alert.dateOfBirth());
        put(node, "nationality", alert.nationality());
        put(node, "gender", alert.gender() == null ? null : alert.gender().name());
        put(node, "documents", alert.documents().isEmpty() ? null : String.join("\n", alert.documents()));
        put(node, "identifier", alert.identifier());
        put(node, "validUntil", alert.validUntil() == null ? null : alert.validUntil().toString());
        put(node, "reviewOn", alert.reviewOn() == null ? null : alert.reviewOn().toString());
        return node;
    }

    private static void put(ObjectNode node, String field, @Nullable String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
