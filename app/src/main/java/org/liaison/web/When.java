package org.liaison.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import org.jspecify.annotations.Nullable;
import org.liaison.node.ThisNode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;

/**
 * Every date and time a page shows, written one way: in the officer's zone (their choice, else the node's), in
 * the conventions of the page's language, and with the zone named wherever an instant is shown, so that
 * "16:37" is never read in the wrong zone. Templates call it by name ({@code ${@when.dateTime(m.sentAt)}});
 * modules hand it typed values and never format dates for display themselves.
 */
@Component("when")
public class When {

    static final String NOTHING = "—";

    private final ThisNode node;

    When(ThisNode node) {
        this.node = node;
    }

    /** The day; an instant counts as the day it is in the officer's zone. */
    public String date(@Nullable Temporal value) {
        var local = local(value);
        return local == null ? NOTHING : style().date().format(local.toLocalDate());
    }

    /** Day and time; an instant with the officer's zone named after it, a local date-time as it is. */
    public String dateTime(@Nullable Temporal value) {
        if (value instanceof LocalDate day) {
            return date(day);
        }
        var local = local(value);
        if (local == null) {
            return NOTHING;
        }
        var text = style().dateTime().format(local);
        return isInstant(value) ? text + " " + zoneLabel(local) : text;
    }

    /** The time of day; for an instant, with the zone named. */
    public String time(@Nullable Temporal value) {
        if (value instanceof LocalTime clock) {
            return style().time().format(clock);
        }
        var local = local(value);
        if (local == null) {
            return NOTHING;
        }
        var text = style().time().format(local);
        return isInstant(value) ? text + " " + zoneLabel(local) : text;
    }

    /**
     * A period: one day alone when both ends are the same day, times of one day as "16:00–17:30 UTC+7", anything
     * else as its two ends; an open end shows as "…".
     */
    public String range(@Nullable Temporal from, @Nullable Temporal to) {
        if (from == null && to == null) {
            return NOTHING;
        }
        if (from instanceof LocalTime start && to instanceof LocalTime end) {
            return time(start) + "–" + time(end);
        }
        if (from instanceof LocalDate || to instanceof LocalDate) {
            return from != null && from.equals(to) ? date(from) : open(from, this::date) + " – " + open(to, this::date);
        }
        var start = local(from);
        var end = local(to);
        if (start != null && end != null && start.toLocalDate().equals(end.toLocalDate())) {
            var times = style().time().format(start) + "–" + style().time().format(end);
            return date(from) + ", " + (isInstant(from) ? times + " " + zoneLabel(start) : times);
        }
        return open(from, this::dateTime) + " – " + open(to, this::dateTime);
    }

    /** The zone times are shown in, as short as it can be said in every language: "UTC+7", "UTC+6:30", "UTC". */
    public String zoneLabel() {
        return zoneLabel(LocalDateTime.now(zone()));
    }

    private String zoneLabel(LocalDateTime at) {
        var offset = zone().getRules().getOffset(at);
        if (offset.equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        var seconds = offset.getTotalSeconds();
        var hours = Math.abs(seconds) / 3600;
        var minutes = Math.abs(seconds) % 3600 / 60;
        return "UTC" + (seconds < 0 ? "−" : "+") + hours + (minutes == 0 ? "" : ":%02d".formatted(minutes));
    }

    /** The zone of the current request: the officer's choice, else the node's. */
    public ZoneId zone() {
        return LocaleContextHolder.getLocaleContext() instanceof TimeZoneAwareLocaleContext context
                && context.getTimeZone() != null ? context.getTimeZone().toZoneId() : node.zone();
    }

    private @Nullable LocalDateTime local(@Nullable Temporal value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> LocalDateTime.ofInstant(instant, zone());
            case OffsetDateTime offset -> LocalDateTime.ofInstant(offset.toInstant(), zone());
            case ZonedDateTime zoned -> LocalDateTime.ofInstant(zoned.toInstant(), zone());
            case LocalDateTime dateTime -> dateTime;
            case LocalDate day -> day.atStartOfDay();
            default -> throw new IllegalArgumentException("not a date or time: " + value.getClass().getSimpleName());
        };
    }

    private static boolean isInstant(Temporal value) {
        return value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime;
    }

    private static String open(@Nullable Temporal end, java.util.function.Function<Temporal, String> format) {
        return end == null ? "…" : format.apply(end);
    }

    private static DateStyle style() {
        return DateStyle.of(LocaleContextHolder.getLocale());
    }
}
