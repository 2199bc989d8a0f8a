package org.liaison.screening.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.Attachment;
import org.liaison.exchange.MessageReceived;
import org.liaison.screening.Alert;
import org.liaison.screening.AlertDraft;
import org.liaison.screening.AlertId;
import org.liaison.screening.AlertReceived;
import org.liaison.screening.AlertStatus;
import org.liaison.screening.AlertSubject;
import org.liaison.screening.Gender;
import org.liaison.screening.NoticeType;
import org.liaison.screening.Photo;
import org.liaison.screening.input.Fields;
import org.liaison.screening.payload.AlertNotice;
import org.liaison.screening.watchlist.IndexRefresh;
import org.liaison.shared.NodeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Indexes the alerts partners send, in the transaction that accepts the message, so an alert is never in the
 * inbox without being screened against (and a failure here makes the sender retry). The sender is the issuing
 * agency: a partner can only update or withdraw alerts it issued. A field that breaks this node's rules is
 * dropped rather than refusing the whole alert, which the partner has already decided to share.
 */
@Component
class PartnerAlerts {

    private static final Logger log = LoggerFactory.getLogger(PartnerAlerts.class);
    private static final String REFERENCE = "[A-Za-z0-9][A-Za-z0-9/._-]{2,59}";

    private final Alerts alerts;
    private final IndexRefresh refresh;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnerAlerts(Alerts alerts, IndexRefresh refresh, AuditTrail audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.alerts = alerts;
        this.refresh = refresh;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(MessageReceived message) {
        if (!(message.payload() instanceof AlertNotice payload)) {
            return;
        }
        NodeTask.run("partner-alert", () -> {
            var reference = cut(payload.reference(), 60);
            if (reference == null || !reference.matches(REFERENCE)) {
                log.warn("Alert message {} from {} has no usable reference; kept in the inbox only", message.id(), message.sender());
                return;
            }
            var photo = photoOf(message.attachments());
            var existing = alerts.findByReference(message.sender(), reference);
            var alert = alertOf(payload, existing.map(Alert::id).orElseGet(AlertId::random), reference, message, photo != null);
            if (existing.isPresent()) {
                alerts.update(alert, photo, message.id().value());
            } else {
                alerts.insert(alert, photo, message.id().value());
            }
            audit.record(AuditAction.ALERT_RECEIVED, "alert:" + alert.id(), "from=" + message.sender()
                    + " reference=" + reference + " status=" + alert.status() + " message=" + message.id());
            refresh.afterCommit();
            events.publishEvent(new AlertReceived(alert.id(), reference, message.sender()));
        });
    }

    private Alert alertOf(AlertNotice p, AlertId id, String reference, MessageReceived message, boolean photo) {
        var now = Instant.now(clock);
        var subject = parse(AlertSubject.class, cut(p.subjectKind(), 10), AlertSubject.PERSON);
        var gender = parse(Gender.class, cut(p.gender(), 6), null);
        var status = parse(AlertStatus.class, cut(p.alertStatus(), 10), AlertStatus.ACTIVE);
        if (status == AlertStatus.PURGED) { // only this node purges; a partner's alert is active or withdrawn
            status = AlertStatus.WITHDRAWN;
        }
        var nameLatin = cut(p.name(), 200);
        var nameNative = cut(p.nativeName(), 200);
        var identifier = cut(p.identifier(), 40);
        if (subject == AlertSubject.PERSON && nameLatin == null && nameNative == null) {
            nameLatin = cut(p.subject(), 200);
        }
        var suggested = nameLatin == null && nameNative != null;
        if (suggested) {
            nameLatin = Fields.optional(org.liaison.matching.Romanization.of(nameNative));
        }
        if (subject != AlertSubject.PERSON && identifier == null) {
            identifier = reference;
        }
        return new Alert(id, reference, message.sender(), false, subject,
                parse(NoticeType.class, cut(p.noticeType(), 24), NoticeType.PERSON_OF_INTEREST), nameNative, nameLatin, suggested && nameLatin != null,
                lines(p.aliases()), matching(cut(p.dateOfBirth(), 10), AlertDraft.DATE_OF_BIRTH),
                matching(cut(p.nationality(), 2), "[A-Z]{2}"), gender, lines(p.documents()), identifier,
                java.util.Objects.requireNonNullElse(cut(p.body(), 4000), "(no reason given)"),
                java.util.Objects.requireNonNullElse(cut(p.action(), 1000), "Inform the issuing agency."),
                date(cut(p.validUntil(), 10)), date(cut(p.reviewOn(), 10)), status, photo, List.of(),
                now, "partner:" + message.sender(), now);
    }

    private static @Nullable Photo photoOf(List<Attachment> attachments) {
        return attachments.stream()
                .filter(a -> a.mediaType().startsWith("image/") && a.content().length <= Photo.MAX_BYTES)
                .findFirst().flatMap(a -> {
                    try {
                        return java.util.Optional.of(Photo.of(a.content()));
                    } catch (org.liaison.shared.InvalidInput e) {
                        return java.util.Optional.empty();
                    }
                }).orElse(null);
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        return value == null ? null : Fields.cut(value, max);
    }

    private static List<String> lines(@Nullable String value) {
        var text = cut(value, 2000);
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty() && s.length() <= 200).distinct().limit(10).toList();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, @Nullable E otherwise) {
        try {
            return value == null ? otherwise : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    private static @Nullable String matching(@Nullable String value, String pattern) {
        return value != null && value.matches(pattern) ? value : null;
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
