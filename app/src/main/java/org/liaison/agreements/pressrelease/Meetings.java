package org.liaison.agreements.pressrelease;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.pressrelease.DateMentions.DateMention;

/**
 * When the meeting and the signing took place. A date counts for the meeting when its sentence says a meeting
 * happened (talks, meeting, conference, video call, signing, courtesy call…); a visit's dates count only when no
 * such sentence is dated. Dates in a sentence that only reports a statement are not meetings.
 */
final class Meetings {

    static final Pattern MEETING_WORDS = Pattern.compile("(?i)\\b(?:talks|meetings?|met|conferences?|co-?chair(?:ed|s)?"
            + "|chaired|presided|held|signing|signed|inked|video ?(?:call|conference)|videoconference|virtual(?:ly)?"
            + "|received|called on|courtesy (?:call|visit)s?|summit|ceremony|took place|session|gathering|discussions?"
            + "|exchange took place)\\b");
    static final Pattern VISIT_WORDS = Pattern.compile("(?i)\\b(?:visits?|working trip|trip|tour|ran from)\\b");
    private static final Pattern SIGN = Pattern.compile("(?i)\\b(?:sign(?:ed|ing)?|ink(?:ed)?)\\b");

    private Meetings() {
    }

    record When(@Nullable DateMention meeting, @Nullable LocalDate signedOn) {
        /** An instrument signed at a one-day meeting whose signing sentence gives no date was signed that day. */
        When signedAtTheMeetingIf(boolean signedHere) {
            return signedOn != null || !signedHere || meeting == null || !meeting.singleDay() ? this
                    : new When(meeting, meeting.from());
        }
    }

    static When read(List<DateMention> dates, Sentences sentences) {
        var resolved = dates.stream().filter(DateMention::resolved).toList();
        var meeting = first(resolved, sentences, MEETING_WORDS).or(() -> first(resolved, sentences, VISIT_WORDS));
        var signed = resolved.stream().filter(DateMention::singleDay)
                .filter(d -> SIGN.matcher(sentences.around(d.start())).find()).findFirst().map(DateMention::from);
        return new When(meeting.orElse(null), signed.orElse(null));
    }

    private static Optional<DateMention> first(List<DateMention> dates, Sentences sentences, Pattern words) {
        return dates.stream().filter(d -> {
            var sentence = sentences.around(d.start());
            return words.matcher(sentence).find() && !sentence.matches("(?is).*\\b(?:said|announced) (?:in|on) .*");
        }).findFirst();
    }
}
