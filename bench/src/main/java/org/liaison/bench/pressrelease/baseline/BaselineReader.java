package org.liaison.bench.pressrelease.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.CooperationArea;
import org.liaison.bench.pressrelease.baseline.BaselineDraft;
import org.liaison.agreements.Finding.Kind;
import org.liaison.agreements.Finding;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.agreements.ReadingWarning;
import org.liaison.bench.pressrelease.baseline.DateMentions.DateMention;

/** Frozen copy of the press-release reader as it was before issue 17, the baseline of bench press-reader.
 *
 * Reads a press release about a signing or a meeting and suggests a draft record: parties, people, dates,
 * places, the instruments named and the cooperation areas. Rule-based on purpose (runs on the node, no
 * outside service, explainable): every suggestion points at the words it came from.
 */
public final class BaselineReader {

    public static final int MAX_LENGTH = 50_000;
    private static final Pattern PERSON = Pattern.compile(Gazetteer.TITLES
            + "\\s+((?:[A-Z][a-z]+(?:-[a-z]+)?\\s){1,2}[A-Z][a-z]+)\\b");
    private static final Pattern PERSON_BEFORE_TITLE = Pattern.compile(
            "\\b([A-Z][a-z]+ [A-Z][a-z]+), (?:[a-z-]+ )?(?:director-general|secretary-general|head|minister|Head|Minister)\\b");
    private static final Pattern INSTRUMENT = Pattern.compile("(?i)\\b(memorandums? of understanding|MoUs?|agreements?|treat(?:y|ies)|protocols?)"
            + "(?:\\s*:\\s*one)?\\s+on\\s+((?:the\\s+)?[a-z][a-z ,-]{3,90}?)"
            + "(?=\\s+(?:for\\s+(\\d{4}))|[.;,”\"]|\\s+and\\s+(?:agreed|two|pledged)|\\s+(?:signed|between|was|were)\\b)");
    private static final Pattern PERIOD = Pattern.compile("\\b((?:19|20)\\d{2})\\s*[-–]\\s*(\\d{2}|(?:19|20)\\d{2})\\b");
    private static final Pattern VIRTUAL = Pattern.compile("(?i)\\b(virtual meeting|video ?conference|online meeting)\\b");

    private BaselineReader() {
    }

    public static BaselineDraft read(String text, @Nullable LocalDate published) {
        var findings = new ArrayList<Finding>();
        var warnings = new ArrayList<ReadingWarning>();
        var reference = published != null ? published : DateMentions.dateline(text);
        if (reference == null) {
            warnings.add(new ReadingWarning(ReadingWarning.Code.NO_PUBLICATION_DATE, "", ""));
        }
        var parties = parties(text, findings);
        var people = people(text, findings);
        var dates = DateMentions.find(text, reference);
        dates.forEach(d -> findings.add(new Finding(Kind.DATE, d.start(), d.end(), d.text(),
                d.from() + (d.until().equals(d.from()) ? "" : "/" + d.until()))));
        dates.stream().filter(DateMention::yearGuessed).forEach(d -> warnings.add(new ReadingWarning(
                ReadingWarning.Code.YEAR_GUESSED, d.text(), String.valueOf(d.from().getYear()))));
        var sentences = Sentences.of(text);
        var signing = dates.stream().filter(d -> sentences.around(d.start()).matches("(?is).*\\bsign(?:ed|ing)?\\b.*")).findFirst();
        var meeting = dates.stream().filter(d -> sentences.around(d.start())
                .matches("(?is).*\\b(meeting|held|visit|met|co-chaired|took place|talks)\\b.*")).findFirst();
        var places = places(text, findings);
        var anchor = signing.or(() -> meeting).map(DateMention::start).orElse(-1);
        var place = places.stream().filter(p -> anchor >= 0 && sentences.sameSentence(anchor, p.start()))
                .map(Finding::value).findFirst().orElse(places.isEmpty() ? null : places.getFirst().value());
        var instruments = instruments(text, findings);
        var areas = areas(text, findings);
        var virtual = find(VIRTUAL, text, Kind.FORM, findings, m -> MeetingForm.VIRTUAL.name());
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
        return new BaselineDraft(withoutOverlaps(findings), parties, people, instruments.titles(), instruments.kind(),
                signing.map(DateMention::from).orElse(null), meeting.map(DateMention::from).orElse(null),
                meeting.map(DateMention::until).orElse(null), place,
                virtual ? MeetingForm.VIRTUAL : (place != null ? MeetingForm.IN_PERSON : null),
                instruments.coversYear(), instrumentYear(text), period(text), areas, warnings);
    }

    private static List<Party> parties(String text, List<Finding> findings) {
        var agencies = new ArrayList<Finding>();
        Gazetteer.AGENCIES.forEach(e -> collect(e.getKey(), text, Kind.PARTY, agencies, m -> e.getValue()));
        var kept = withoutOverlaps(agencies.stream().sorted(Comparator.comparingInt(Finding::start)
                .thenComparing(f -> -f.end())).toList());
        findings.addAll(kept);
        var parties = new LinkedHashSet<Party>();
        kept.forEach(f -> parties.add(Party.of(f.value())));
        var countries = new ArrayList<Finding>();
        Gazetteer.COUNTRIES.forEach(e -> collect(e.getKey(), text, Kind.PARTY, countries, m -> e.getValue()));
        countries.removeIf(c -> kept.stream().anyMatch(c::overlaps));
        findings.addAll(countries);
        if (parties.isEmpty()) {
            mainCountries(countries).forEach(country -> parties.add(Party.of(country)));
        }
        // a department named beside its ministry is the party; the ministry is context
        parties.removeIf(p -> parties.stream().anyMatch(other -> !other.equals(p) && p.covers(other)));
        return List.copyOf(parties);
    }

    /** Countries the story is about: mentioned at least a quarter as often as the most mentioned one. */
    private static List<String> mainCountries(List<Finding> countries) {
        var counts = countries.stream().sorted(Comparator.comparingInt(Finding::start)).collect(
                java.util.stream.Collectors.groupingBy(Finding::value, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.counting()));
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() * 4 >= top).map(java.util.Map.Entry::getKey).toList();
    }

    private static List<String> people(String text, List<Finding> findings) {
        var people = new LinkedHashSet<String>();
        for (var pattern : List.of(PERSON, PERSON_BEFORE_TITLE)) {
            var m = pattern.matcher(text);
            while (m.find()) {
                var name = m.group(1).strip();
                if (!name.matches(".*\\b(Ministry|Minister|Office|Department|The|His|Her|Lao|Cambodian)\\b.*")) {
                    people.add(name);
                    findings.add(new Finding(Kind.PERSON, m.start(1), m.start(1) + name.length(), name, name));
                }
            }
        }
        return List.copyOf(people);
    }

    private static List<Finding> places(String text, List<Finding> findings) {
        var places = new ArrayList<Finding>();
        Gazetteer.PLACES.forEach(p -> collect(Pattern.compile("\\b" + Pattern.quote(p) + "\\b"), text, Kind.PLACE,
                places, m -> p));
        places.sort(Comparator.comparingInt(Finding::start));
        findings.addAll(places);
        return places;
    }

    private static Instruments instruments(String text, List<Finding> findings) {
        var titles = new ArrayList<String>();
        AgreementKind kind = null;
        Integer year = null;
        var m = INSTRUMENT.matcher(text);
        while (m.find()) {
            var word = m.group(1).toLowerCase();
            var title = (word.startsWith("m") ? "MoU" : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                    + " on " + m.group(2).strip() + (m.group(3) == null ? "" : " for " + m.group(3));
            if (titles.stream().noneMatch(t -> t.equalsIgnoreCase(title))) {
                titles.add(title);
                findings.add(new Finding(Kind.INSTRUMENT, m.start(), m.end(2), m.group(), title));
            }
            kind = kind != null ? kind : kindOf(word);
            year = year != null || m.group(3) == null ? year : Integer.valueOf(m.group(3));
        }
        return new Instruments(titles, kind, year);
    }

    private static AgreementKind kindOf(String word) {
        if (word.startsWith("treat")) {
            return AgreementKind.TREATY;
        }
        if (word.startsWith("protocol")) {
            return AgreementKind.PROTOCOL;
        }
        return word.startsWith("agreement") ? AgreementKind.AGREEMENT : AgreementKind.MOU;
    }

    private static java.util.Set<CooperationArea> areas(String text, List<Finding> findings) {
        var areas = EnumSet.noneOf(CooperationArea.class);
        for (var e : Gazetteer.AREAS) {
            if (find(e.getKey(), text, Kind.AREA, findings, m -> e.getValue().name())) {
                areas.add(e.getValue());
            }
        }
        return areas;
    }

    /** The year an instrument was signed in, when the text says "signed … in 2024". */
    private static @Nullable Integer instrumentYear(String text) {
        var m = Pattern.compile("(?i)\\b(?:MoU|memorandum|agreement)\\b[^.]{0,80}?\\bsigned\\b[^.]{0,40}?\\bin ((?:19|20)\\d{2})\\b").matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static @Nullable String period(String text) {
        var m = PERIOD.matcher(text);
        while (m.find()) {
            var end = m.group(2).length() == 2 ? m.group(1).substring(0, 2) + m.group(2) : m.group(2);
            if (Integer.parseInt(end) > Integer.parseInt(m.group(1))) {
                return m.group(1) + "–" + end;
            }
        }
        return null;
    }

    private static boolean find(Pattern pattern, String text, Kind kind, List<Finding> into,
                                java.util.function.Function<Matcher, String> value) {
        int before = into.size();
        collect(pattern, text, kind, into, value);
        return into.size() > before;
    }

    private static void collect(Pattern pattern, String text, Kind kind, List<Finding> into,
                                java.util.function.Function<Matcher, String> value) {
        var m = pattern.matcher(text);
        while (m.find()) {
            into.add(new Finding(kind, m.start(), m.end(), m.group(), value.apply(m)));
        }
    }

    /** Findings in text order, dropping any that overlaps one already kept (longer ones sort first). */
    private static List<Finding> withoutOverlaps(List<Finding> sorted) {
        var kept = new ArrayList<Finding>();
        for (var f : sorted) {
            if (kept.stream().noneMatch(f::overlaps)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private record Instruments(List<String> titles, @Nullable AgreementKind kind, @Nullable Integer coversYear) {
    }
}
