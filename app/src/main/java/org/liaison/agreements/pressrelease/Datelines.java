package org.liaison.agreements.pressrelease;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The dateline: where a story was filed and, when the outlet prints it, when. "Phnom Penh (VNA) –",
 * "VIENTIANE, Jan. 17 –", "AKP Phnom Penh, August 22, 2018 —", "HCM City (VNA) –", a line "TUESDAY, MAY 30, 2023"
 * or KPL's "16/07/2025 10:43". The dateline city is not where the meeting was; {@link Places} reads that.
 */
final class Datelines {

    private static final int OPENING = 900;
    private static final Pattern CITY = Pattern.compile("(?m)^[ \\t]*(?:(?:AKP|KPL|ຂປລ)\\s+)?(\\p{L}[\\p{L} .]{1,30}?)\\s*"
            + "(?:\\([A-Za-z]{2,8}\\))?\\s*(?:,\\s*([A-Za-z]{3,9}\\.? \\d{1,2}(?:, \\d{4})?))?\\s*[–—-]\\s");
    private static final Pattern CAPS_DATE = Pattern.compile("(?m)^[ \\t]*(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,? )?"
            + "[A-Z]{3,9} \\d{1,2}, \\d{4}[ \\t]*$");

    private Datelines() {
    }

    /** The dateline found: its city (null if none), the span to leave out of the meeting place, the date it gives. */
    record Dateline(@Nullable String city, int start, int end, @Nullable LocalDate published) {
    }

    static Dateline read(String body, @Nullable LocalDate asked) {
        var opening = body.substring(0, Math.min(body.length(), OPENING));
        String city = null;
        int start = -1;
        int end = -1;
        LocalDate published = null;
        var m = CITY.matcher(opening);
        while (m.find()) {
            var place = Gazetteer.place(m.group(1));
            if (place != null) {
                city = place;
                start = m.start(1);
                end = m.end(1);
                published = m.group(2) == null ? null : firstDate(m.group(2), asked);
                break;
            }
        }
        if (published == null) {
            var caps = CAPS_DATE.matcher(opening);
            published = caps.find() ? firstDate(caps.group(), asked) : DateMentions.numeric(opening);
        }
        return new Dateline(city, start, end, published);
    }

    private static @Nullable LocalDate firstDate(String text, @Nullable LocalDate asked) {
        return DateMentions.find(text, asked).stream().filter(DateMentions.DateMention::resolved)
                .map(DateMentions.DateMention::from).findFirst().orElse(null);
    }
}
