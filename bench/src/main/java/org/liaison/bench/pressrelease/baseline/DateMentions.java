package org.liaison.bench.pressrelease.baseline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates as the region's English-language press writes them: "December 5", "July 15, 2025",
 * "December 4-5, 2024", "26–28 November", and KPL's "16/07/2025" datelines. A date without a year takes the
 * latest year that puts it on or before the publication date, and is flagged so a person checks it.
 */
final class DateMentions {

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTHS + " (\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:,? (\\d{4}))?\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))? " + MONTHS + "(?:,? (\\d{4}))?\\b");
    private static final Pattern DATELINE = Pattern.compile("\\b(\\d{2})/(\\d{2})/(\\d{4})\\b");

    private DateMentions() {
    }

    /** A date or a range of days, where it was written, and whether its year was guessed. */
    record DateMention(int start, int end, String text, LocalDate from, LocalDate until, boolean yearGuessed) {
    }

    /** The first dd/mm/yyyy dateline, which KPL puts above its stories. */
    static @Nullable LocalDate dateline(String text) {
        var m = DATELINE.matcher(text);
        while (m.find()) {
            var date = date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    static List<DateMention> find(String text, @Nullable LocalDate published) {
        var found = new ArrayList<DateMention>();
        var m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            add(found, m, published, month(m.group(1)), m.group(2), m.group(3), m.group(4));
        }
        var d = DAY_FIRST.matcher(text);
        while (d.find()) {
            add(found, d, published, month(d.group(3)), d.group(1), d.group(2), d.group(4));
        }
        found.sort(java.util.Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static void add(List<DateMention> found, Matcher m, @Nullable LocalDate published, Month month,
                            String firstDay, @Nullable String lastDay, @Nullable String year) {
        boolean guessed = year == null;
        int y = guessed ? yearBefore(published, month, Integer.parseInt(firstDay)) : Integer.parseInt(year);
        var from = date(y, month.getValue(), Integer.parseInt(firstDay));
        var until = lastDay == null ? from : date(y, month.getValue(), Integer.parseInt(lastDay));
        if (from != null && until != null && !until.isBefore(from)
                && found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
            found.add(new DateMention(m.start(), m.end(), m.group(), from, until, guessed));
        }
    }

    private static int yearBefore(@Nullable LocalDate published, Month month, int day) {
        var reference = published == null ? LocalDate.now() : published;
        var candidate = date(reference.getYear(), month.getValue(), day);
        return candidate != null && candidate.isAfter(reference) ? reference.getYear() - 1 : reference.getYear();
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static @Nullable LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
