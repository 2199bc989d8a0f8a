package org.liaison.agreements.pressrelease;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Finding;
import org.liaison.agreements.Finding.Kind;

/**
 * Where the meeting or signing was held: a place written after "in" or "at" in the sentence of the meeting's date,
 * else in the first sentence that reports a meeting or a visit. The dateline city is only where the story was
 * filed ("VIENTIANE (KPL) – … held talks in Phnom Penh"), so it is never taken for the meeting place by default.
 */
final class Places {

    private static final Pattern ABROAD = Pattern.compile("\\b(?:in|at) (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?), (?:Japan|China"
            + "|Singapore|Indonesia|Malaysia|the Philippines|Myanmar|Brunei|South Korea|Korea|India|Australia|Russia"
            + "|the United States|France|Switzerland|Belgium)\\b");

    private Places() {
    }

    /** Every place named, in text order, the dateline's span left out. */
    static List<Finding> all(String body, Datelines.Dateline dateline) {
        var places = new ArrayList<Finding>();
        for (var p : Gazetteer.PLACES) {
            var m = Pattern.compile("\\b" + Pattern.quote(p) + "\\b").matcher(body);
            while (m.find()) {
                if (m.start() < dateline.start() || m.start() >= dateline.end()) {
                    places.add(new Finding(Kind.PLACE, m.start(), m.end(), m.group(), p));
                }
            }
        }
        var abroad = ABROAD.matcher(body);
        while (abroad.find()) {
            places.add(new Finding(Kind.PLACE, abroad.start(1), abroad.end(1), abroad.group(1), abroad.group(1)));
        }
        places.sort(Comparator.comparingInt(Finding::start));
        return places;
    }

    private static final Pattern VISIT_TO = Pattern.compile("\\b(?:visit|trip|mission) to (?:the )?(\\p{Lu}[\\p{L} ]{2,40}?)\\b(?:[,.;]| at| from| on| for| in|$)");

    /**
     * The meeting place; when the text names none but says the visit was to a country, the dateline city of that
     * country ("Vientiane (VNA) – … on an official visit to Laos").
     */
    static @Nullable String meetingPlace(String body, List<Finding> places, Sentences sentences, int meetingAt,
                                         Datelines.Dateline dateline) {
        var named = meetingPlace(body, places, sentences, meetingAt);
        if (named != null || dateline.city() == null) {
            return named;
        }
        var visit = VISIT_TO.matcher(body);
        while (visit.find()) {
            var country = Gazetteer.countryOf(visit.group(1));
            if (country != null && country.equals(Gazetteer.countryOfPlace(dateline.city()))) {
                return dateline.city();
            }
        }
        return null;
    }

    private static @Nullable String meetingPlace(String body, List<Finding> places, Sentences sentences, int meetingAt) {
        if (meetingAt >= 0) {
            var here = introduced(body, places, f -> sentences.sameSentence(meetingAt, f.start()));
            if (here != null) {
                return here;
            }
        }
        var strong = introduced(body, places, f -> Meetings.MEETING_WORDS.matcher(sentences.around(f.start())).find());
        return strong != null ? strong
                : introduced(body, places, f -> Meetings.VISIT_WORDS.matcher(sentences.around(f.start())).find());
    }

    private static @Nullable String introduced(String body, List<Finding> places, java.util.function.Predicate<Finding> where) {
        return places.stream().filter(where)
                .filter(f -> body.substring(Math.max(0, f.start() - 40), f.start()).matches("(?s).*\\b(?:in|at)\\s+(?:the\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}$"))
                .map(Finding::value).findFirst().orElse(null);
    }
}
