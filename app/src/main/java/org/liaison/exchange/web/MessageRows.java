package org.liaison.exchange.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.Message;
import org.liaison.exchange.MessageStatus;
import org.springframework.stereotype.Component;

/**
 * Turns log entries into what the pages show: the status as badges, and the instants the pages write with
 * {@code @when} (the retention ones as days: the purge runs some time after them).
 */
@Component
public class MessageRows {

    private final Clock clock;
    private final Subjects subjects;

    MessageRows(Clock clock, Subjects subjects) {
        this.clock = clock;
        this.subjects = subjects;
    }

    public Row row(Message m) {
        var now = Instant.now(clock);
        var retention = m.retention();
        return new Row(m, subjects.shown(m.subject(), LocaleContextHolder.getLocale()), m.sentAt(), m.replyBy(),
                m.deliveredAt(), m.readAt(), statusKey(m), badge(m), m.overdueAt(now), m.answeredAt() != null,
                retention.purgeAfter(), retention.purgedAt(), retention.hold() == null ? null : retention.hold().since());
    }

    List<Row> rows(List<Message> messages) {
        return messages.stream().map(this::row).toList();
    }

    /** An outgoing message the recipient's node reported read (a signed notice) shows as read. */
    private static String statusKey(Message m) {
        if (m.outgoing() && m.status() == MessageStatus.DELIVERED && m.readAt() != null) {
            return "exchange.status.read";
        }
        return "exchange.status." + m.status().name().toLowerCase(Locale.ROOT);
    }

    private static String badge(Message m) {
        return switch (m.status()) {
            case DELIVERED, ANSWERED, READ -> "ok";
            case QUEUED, RECEIVED -> "info";
            case DEAD, REJECTED -> "bad";
        };
    }

    /**
     * One message as a table row or heading shows it.
     *
     * @param subject the subject with the sender's codes translated
     * @param keptUntil the day the payload is purged after; null when no retention was recorded
     * @param purged the day it was purged, if it was
     * @param heldSince the day a legal hold was placed, if one stands
     */
    public record Row(Message message, String subject, Instant sent, @Nullable Instant replyBy, @Nullable Instant delivered,
               @Nullable Instant read, String statusKey, String badge, boolean overdue, boolean answered,
               @Nullable Instant keptUntil, @Nullable Instant purged, @Nullable Instant heldSince) {
    }
}
