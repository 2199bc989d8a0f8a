package org.liaison.agreements.pressrelease;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The period of cooperation a meeting reviewed, in every form the press uses: "evaluated … for 2020-21",
 * "reviewed their cooperation during 2017 - 2021", "reviewed bilateral cooperation in 2021", "the results of their
 * 2023 plan", "looked back on … 2023", "the good results of last year", "the first half of this year". Only the
 * first period after a word of reviewing counts, so the year a new plan covers is not taken for it.
 */
final class Periods {

    private static final Pattern REVIEW = Pattern.compile("(?i)\\b(?:review(?:ed|ing|s)?|evaluat(?:ed|ing|es?|ion)"
            + "|took stock|take stock|tak(?:ing|es) stock|look(?:ed|ing)? back|assess(?:ed|ing|es|ment)?|results? of"
            + "|achievements? (?:of|in)|summ(?:ed|ing) up|progress (?:made )?in|appreciated)\\b");
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)?\\d{2})\\b"
            + "|\\b((?:19|20)\\d{2})\\b|\\b(last year|past year|previous year|this past year|this year)\\b");
    private static final int REACH = 160;

    private Periods() {
    }

    static @Nullable String read(String body, @Nullable Integer referenceYear) {
        var review = REVIEW.matcher(body);
        while (review.find()) {
            var window = body.substring(review.end(), Math.min(body.length(), review.end() + REACH));
            var stop = window.indexOf(". ");
            var m = PERIOD.matcher(stop < 0 ? window : window.substring(0, stop));
            if (m.find()) {
                var period = period(m, referenceYear);
                if (period != null) {
                    return period;
                }
            }
        }
        return null;
    }

    private static @Nullable String period(Matcher m, @Nullable Integer referenceYear) {
        if (m.group(1) != null) {
            var from = m.group(1);
            var until = m.group(2).length() == 2 ? from.substring(0, 2) + m.group(2) : m.group(2);
            return Integer.parseInt(until) > Integer.parseInt(from) ? from + "–" + until : null;
        }
        if (m.group(3) != null) {
            return m.group(3);
        }
        if (referenceYear == null) {
            return null;
        }
        return m.group(4).equalsIgnoreCase("this year") ? String.valueOf(referenceYear) : String.valueOf(referenceYear - 1);
    }
}
