package org.liaison.agreements.pressrelease;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Dates as the region's English-language press writes them: "December 5", "July 15, 2025", "Jan. 17",
 * "December 4-5, 2024", "from May 22 to May 26", "26–28 November", "from 15 to 16 February", "TUESDAY, MAY 30,
 * 2023", KPL's "16/07/2025", and "yesterday" or "on Wednesday" counted back from the publication date. A date
 * without a year takes the latest year that puts it on or before the publication date and is flagged; with no
 * publication date at all it is not read (nothing defaults to today).
 */
final class DateMentions {

    private static final String FULL = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String MONTH = "(" + FULL + "|" + FULL.toUpperCase(Locale.ROOT)
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?(?= \\d))";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,? ((?:19|20)\\d{2}))?";
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + " " + DAY
            + "(?:\\s*[-–]\\s*(\\d{1,2})| to (?:" + MONTH + " )?(\\d{1,2}))?" + YEAR + "\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("\\b" + DAY + "(?:\\s*[-–]\\s*(\\d{1,2})| to (\\d{1,2}))? "
            + MONTH + YEAR + "\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{2})/(\\d{2})/(\\d{4})\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|(?:on|last) (Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday))\\b");

    private DateMentions() {
    }

    /**
     * A date or a range of days, where it was written, and whether its year was guessed. A date written without a
     * year in a release whose publication date is unknown is kept unresolved (so the officer is told), never
     * placed in the current year.
     */
    record DateMention(int start, int end, String text, LocalDate from, LocalDate until, boolean yearGuessed) {
        static final LocalDate UNRESOLVED = LocalDate.MIN;

        boolean singleDay() {
            return from.equals(until);
        }

        boolean resolved() {
            return !from.equals(UNRESOLVED);
        }
    }

    /** The first dd/mm/yyyy date, which KPL puts above its stories. */
    static @Nullable LocalDate numeric(String text) {
        var m = NUMERIC.matcher(text);
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
            var lastDay = m.group(3) != null ? m.group(3) : m.group(5);
            var lastMonth = m.group(4) != null ? m.group(4) : m.group(1);
            add(found, m, published, m.group(1), m.group(2), lastMonth, lastDay, m.group(6));
        }
        var d = DAY_FIRST.matcher(text);
        while (d.find()) {
            var lastDay = d.group(2) != null ? d.group(2) : d.group(3);
            add(found, d, published, d.group(4), d.group(1), d.group(4), lastDay, d.group(5));
        }
        if (published != null) {
            relative(text, published, found);
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static void relative(String text, LocalDate published, List<DateMention> found) {
        var m = RELATIVE.matcher(text);
        while (m.find()) {
            LocalDate day;
            if (m.group(2) != null) {
                var weekday = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                day = published.with(TemporalAdjusters.previousOrSame(weekday));
            } else {
                day = m.group(1).equals("yesterday") ? published.minusDays(1) : published;
            }
            if (found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
                found.add(new DateMention(m.start(), m.end(), m.group(), day, day, false));
            }
        }
    }

    private static void add(List<DateMention> found, Matcher m, @Nullable LocalDate published, String firstMonth,
                            String firstDay, String lastMonth, @Nullable String lastDay, @Nullable String year) {
        boolean guessed = year == null;
        if (guessed && published == null) {
            found.add(new DateMention(m.start(), m.end(), m.group(), DateMention.UNRESOLVED, DateMention.UNRESOLVED, true));
            return;
        }
        int y = guessed ? yearBefore(published, month(firstMonth), Integer.parseInt(firstDay)) : Integer.parseInt(year);
        var from = date(y, month(firstMonth), Integer.parseInt(firstDay));
        var until = lastDay == null ? from : date(y, month(lastMonth), Integer.parseInt(lastDay));
        if (from != null && until != null && !until.isBefore(from)
                && found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end())) {
            found.add(new DateMention(m.start(), m.end(), m.group(), from, until, guessed));
        }
    }

    private static int yearBefore(LocalDate published, int month, int day) {
        var candidate = date(published.getYear(), month, day);
        return candidate != null && candidate.isAfter(published) ? published.getYear() - 1 : published.getYear();
    }

    private static int month(String name) {
        var key = name.substring(0, 3).toUpperCase(Locale.ROOT);
        return List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC").indexOf(key) + 1;
    }

    static @Nullable LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
