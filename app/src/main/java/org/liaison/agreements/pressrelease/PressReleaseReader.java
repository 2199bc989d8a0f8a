package org.liaison.agreements.pressrelease;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.ExtractedDraft;
import org.liaison.agreements.Finding;
import org.liaison.agreements.Finding.Kind;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.agreements.ReadingWarning;
import org.liaison.agreements.ReadingWarning.Code;
import org.liaison.agreements.pressrelease.DateMentions.DateMention;

/**
 * Reads a press release about a signing or a meeting and suggests a draft record: parties, people, dates,
 * places, the instruments named and the cooperation areas. Rule-based on purpose (runs on the node, no
 * outside service, explainable): every suggestion points at the words it came from. Each field has its own
 * reader in this package; this class only puts them together in the order they depend on each other.
 */
public final class PressReleaseReader {

    public static final int MAX_LENGTH = 50_000;
    private static final Pattern VIRTUAL = Pattern.compile("(?i)\\b(virtual meeting|video ?conference|videoconference"
            + "|video call|online meeting|video link|teleconference)\\b");

    private PressReleaseReader() {
    }

    public static ExtractedDraft read(String text, @Nullable LocalDate asked) {
        var body = text.substring(0, Body.end(text));
        var findings = new ArrayList<Finding>();
        var warnings = new ArrayList<ReadingWarning>();
        var dateline = Datelines.read(body, asked);
        var reference = dateline.published() != null ? dateline.published() : asked;
        if (reference == null) {
            warnings.add(new ReadingWarning(Code.NO_PUBLICATION_DATE, "", ""));
        } else if (asked == null) {
            warnings.add(new ReadingWarning(Code.PUBLICATION_DATE_FROM_TEXT, "", reference.toString()));
        }
        var sentences = Sentences.of(body);
        var mentions = Parties.mentions(body);
        var countries = Parties.countries(body);
        var dates = DateMentions.find(body, reference);
        dates.stream().filter(DateMention::resolved).forEach(d -> findings.add(new Finding(Kind.DATE, d.start(), d.end(),
                d.text(), d.from() + (d.singleDay() ? "" : "/" + d.until()))));
        dates.stream().filter(DateMention::yearGuessed).forEach(d -> warnings.add(new ReadingWarning(
                d.resolved() ? Code.YEAR_GUESSED : Code.YEAR_UNKNOWN, d.text(),
                d.resolved() ? String.valueOf(d.from().getYear()) : "")));
        var storyYear = reference == null ? null : reference.getYear();
        var when = Meetings.read(dates, sentences);
        var eventYear = when.signedOn() != null ? Integer.valueOf(when.signedOn().getYear())
                : when.meeting() != null ? Integer.valueOf(when.meeting().from().getYear()) : storyYear;
        var instruments = Instruments.find(body, sentences, eventYear);
        when = when.signedAtTheMeetingIf(instruments.stream().anyMatch(Instruments.Found::signedHere));
        instruments.forEach(i -> findings.add(new Finding(Kind.INSTRUMENT, i.start(), i.end(),
                body.substring(i.start(), i.end()), i.instrument().title())));
        var places = Places.all(body, dateline);
        var context = new ArrayList<>(mentions);
        context.addAll(places);
        context.sort(Comparator.comparingInt(Finding::start));
        var people = Attribution.complete(People.find(body), body, countries, context);
        people.forEach(p -> findings.add(new Finding(Kind.PERSON, p.start(), p.end(), p.person().name(), p.person().name())));
        findings.addAll(places);
        var place = Places.meetingPlace(body, places, sentences, when.meeting() == null ? -1 : when.meeting().start(),
                dateline);
        var areas = Areas.read(body, findings);
        var virtual = VIRTUAL.matcher(body);
        var isVirtual = virtual.find();
        if (isVirtual) {
            findings.add(new Finding(Kind.FORM, virtual.start(), virtual.end(), virtual.group(), MeetingForm.VIRTUAL.name()));
        }
        findings.addAll(mentions);
        var allCountries = new LinkedHashSet<>(countries);
        people.stream().map(p -> p.person().country()).filter(java.util.Objects::nonNull).forEach(allCountries::add);
        return new ExtractedDraft(Parties.withoutOverlaps(findings), parties(mentions, people, countries),
                List.copyOf(allCountries), people.stream().map(People.Found::person).toList(),
                instruments.stream().map(Instruments.Found::instrument).toList(), asked != null ? asked : dateline.published(),
                dateline.city(), when.signedOn(), when.meeting() == null ? null : when.meeting().from(),
                when.meeting() == null ? null : when.meeting().until(), place,
                isVirtual ? MeetingForm.VIRTUAL : (place != null ? MeetingForm.IN_PERSON : null),
                Periods.read(body, storyYear), areas, warnings);
    }

    /**
     * The draft's parties: agencies named or implied by a minister's post, then the story's main countries that no
     * agency stands for. A department named beside its ministry is the party; the ministry is context.
     */
    private static List<Party> parties(List<Finding> mentions, List<People.Found> people, List<String> countries) {
        var agencies = new LinkedHashSet<String>();
        mentions.stream().filter(f -> f.value().contains("/")).forEach(f -> agencies.add(f.value()));
        people.forEach(p -> {
            var agency = Offices.agency(p.person().office(), p.person().country());
            if (agency != null) {
                agencies.add(agency);
            }
        });
        var parties = new LinkedHashSet<Party>();
        agencies.forEach(a -> parties.add(Party.of(a)));
        mainCountries(mentions).forEach(c -> parties.add(Party.of(c)));
        parties.removeIf(p -> parties.stream().anyMatch(other -> !other.equals(p) && p.covers(other)));
        return List.copyOf(parties);
    }

    /** Countries the story is about: mentioned at least a quarter as often as the most mentioned one. */
    private static List<String> mainCountries(List<Finding> mentions) {
        var counts = mentions.stream().filter(f -> !f.value().contains("/")).sorted(Comparator.comparingInt(Finding::start))
                .collect(java.util.stream.Collectors.groupingBy(Finding::value, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.counting()));
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() * 4 >= top).map(java.util.Map.Entry::getKey).toList();
    }
}
