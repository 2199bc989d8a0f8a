package org.liaison.screening.alerts;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Attachment;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Sent;
import org.liaison.screening.Alert;
import org.liaison.screening.AlertStatus;
import org.liaison.screening.Photo;
import org.liaison.screening.input.Fields;
import org.liaison.screening.payload.AlertNotice;
import org.liaison.shared.Forbidden;
import org.springframework.stereotype.Component;

/**
 * Sends an alert (and later its withdrawal) to partner agencies through the exchange, in the issuing
 * transaction: a partner the exchange refuses (no agreement covers alerts to it, no partner node) is refused before
 * anything is written, with the exchange's own reason.
 */
@Component
public class AlertSharing {

    public static final Purpose PURPOSE = Purpose.BORDER_MANAGEMENT;
    private static final AlertNotice PROBE = new AlertNotice("alert", "", null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    private final Exchange exchange;
    private final org.liaison.directory.Directory directory;
    private final AuditTrail audit;

    AlertSharing(Exchange exchange, org.liaison.directory.Directory directory, AuditTrail audit) {
        this.exchange = exchange;
        this.directory = directory;
        this.audit = audit;
    }

    /**
     * Whether the issuer may send alerts to the partner now, and if not, why: the exchange's own answer, asked
     * with an empty alert, since what is allowed depends on who sends what to whom, not on the alert's content.
     */
    @Nullable Denied refusal(AgencyId issuer, AgencyId partner) {
        var probe = new OutgoingMessage(issuer, partner, MessageKind.ALERT, DataCategory.ALERT, PURPOSE, PROBE, null,
                null, List.of());
        return exchange.check(probe) instanceof Denied denied ? denied : null;
    }

    /** The partner agencies (of other countries) the issuer may send alerts to now. */
    public List<AgencyId> partnersOf(AgencyId issuer) {
        return directory.agencies().stream().map(org.liaison.directory.Agency::id)
                .filter(a -> !a.country().equals(issuer.country()) && refusal(issuer, a) == null)
                .sorted(java.util.Comparator.comparing(AgencyId::value)).toList();
    }

    void share(Alert alert, @Nullable Photo photo, List<String> partners) {
        var attachments = photo == null ? List.<Attachment>of()
                : List.of(new Attachment(photo.mediaType().equals("image/png") ? "photo.png" : "photo.jpg",
                        photo.mediaType(), photo.content()));
        for (var partner : partners) {
            switch (exchange.send(message(alert, AgencyId.of(partner), attachments))) {
                case Sent sent -> audit.record(AuditAction.ALERT_SHARED, "alert:" + alert.id(), "to=" + partner
                        + " message=" + sent.id());
                case Denied denied -> throw denied.asForbidden();
            }
        }
    }

    /** Tells every partner the alert went to that it is withdrawn, where that may still be sent. */
    void withdrawn(Alert alert) {
        for (var partner : alert.sharedWith()) {
            var detail = switch (exchange.send(message(alert, AgencyId.of(partner), List.of()))) {
                case Sent sent -> "to=" + partner + " withdrawal message=" + sent.id();
                case Denied denied -> "to=" + partner + " withdrawal not sent: " + denied.explanation();
            };
            audit.record(AuditAction.ALERT_SHARED, "alert:" + alert.id(), detail);
        }
    }

    private OutgoingMessage message(Alert alert, AgencyId partner, List<Attachment> attachments) {
        return new OutgoingMessage(alert.issuingAgency(), partner, MessageKind.ALERT, DataCategory.ALERT, PURPOSE,
                notice(alert), null, null, attachments);
    }

    private static AlertNotice notice(Alert alert) {
        return new AlertNotice(Fields.cut((alert.status() == AlertStatus.WITHDRAWN ? "Withdrawn: " : "")
                + alert.noticeType() + " " + alert.title(), 200), alert.reason(), alert.reference(),
                alert.noticeType().name(), text(alert.validUntil()), text(alert.reviewOn()), alert.status().name(),
                alert.subject().name(), alert.action(), alert.latinSuggested() ? null : alert.nameLatin(),
                alert.nameNative(), lines(alert.aliases()), alert.dateOfBirth(), alert.nationality(),
                alert.gender() == null ? null : alert.gender().name(), lines(alert.documents()), alert.identifier());
    }

    private static @Nullable String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
