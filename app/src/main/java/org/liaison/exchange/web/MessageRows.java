package org.liaison.exchange.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.Message;
import org.liaison.exchange.MessageStatus;
import org.springframework.stereotype.Component;

/**
 * Turns log entries into what the pages show: dates in the officer's language, the status as badges, and how
 * long the message is kept (a day, not an instant: the purge runs some time after it).
 */
@Component
public class MessageRows {

    private final Clock clock;
    private final Subjects subjects;

    MessageRows(Clock clock, Subjects subjects) {
        this.clock = clock;
        this.subjects = subjects;
    }

    public Row row(Message m, Locale locale) {
        var now = Instant.now(clock);
        var retention = m.retention();
        return new Row(m, subjects.shown(m.subject(), locale), format(m.sentAt(), locale), format(m.replyBy(), locale), format(m.deliveredAt(), locale),
                format(m.readAt(), locale), statusKey(m), badge(m), m.overdueAt(now), m.answeredAt() != null,
                day(retention.purgeAfter(), locale), day(retention.purgedAt(), locale),
                retention.hold() == null ? null : day(retention.hold().since(), locale));
    }

    List<Row> rows(List<Message> messages, Locale locale) {
        return messages.stream().map(m -> row(m, locale)).toList();
    }

    static @Nullable String format(@Nullable Instant instant, Locale locale) {
        return instant == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    public static @Nullable String day(@Nullable Instant instant, Locale locale) {
        return instant == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
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
    public record Row(Message message, String subject, @Nullable String sent, @Nullable String replyBy, @Nullable String delivered,
               @Nullable String read, String statusKey, String badge, boolean overdue, boolean answered,
               @Nullable String keptUntil, @Nullable String purged, @Nullable String heldSince) {
    }
}
