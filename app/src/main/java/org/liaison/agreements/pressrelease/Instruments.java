package org.liaison.agreements.pressrelease;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.ExtractedDraft.Instrument;
import org.liaison.agreements.ExtractedDraft.InstrumentKind;

/**
 * Instruments named in a release, each with its kind and year: "a 2021 cooperation agreement", "the cooperation
 * plan for 2024", "a note of cooperation for 2024", "minutes of the meeting", "a joint statement", "a treaty on the
 * shared border", "the MoU signed in 2019". "Two MoUs on A and B" are two instruments. A plural with no year, topic
 * or number ("signed agreements") is a general reference, and "the agreement" after an agreement is the same one.
 * An instrument signed or adopted in the story without a year of its own takes the year of the story.
 */
final class Instruments {

    private static final String KINDS = "(?<mou>memorand(?:um|a|ums) of understanding(?: \\((?:MoU|MOU)s?\\))?|MoUs?|MOUs?)"
            + "|(?<joint>joint (?:statement|communiqu[eé]|declaration|press (?:statement|communiqu[eé])))"
            + "|(?<action>action plans?|plans? of action)"
            + "|(?<plan>(?:cooperation|collaboration|co-operation|work(?:ing)?) (?:plans?|programmes?|programs?)"
            + "|notes? of cooperation|memorand(?:um|a) of cooperation)"
            + "|(?<minutes>(?:cooperation |agreed )?minutes|records? of discussions?)"
            + "|(?<protocol>(?:supplementary )?protocols?)"
            + "|(?<treaty>treat(?:y|ies))"
            + "|(?<agreement>(?:cooperation )?agreements?|accords?)";
    private static final Pattern KIND = Pattern.compile("(?i)\\b(?:" + KINDS + ")(?![\\p{L}])");
    private static final Pattern LISTED = Pattern.compile("(?i)^:\\s*one\\s+on\\s+((?:the\\s+)?[\\p{Ll}][\\p{Ll} ,'’-]{2,120}?)"
            + "(?=,? and (?:two|three|one)\\b|[.;])");
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b(?<count>two|three|four|\\d)?\\s*(?:[\\w-]+\\s+)?"
            + "(?<year>(?:19|20)\\d{2})(?:\\s*[-–]\\s*\\d{2,4})?\\s+(?:(?!(?:and|or|the|of|in|for|with|to)\\s)[a-z-]+\\s+){0,2}$");
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?i)\\b(two|three|four)\\s+(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern TOPIC = Pattern.compile("^\\s+(?:on|concerning|regarding)\\s+((?:the\\s+)?[\\p{Ll}][\\p{Ll} ,'’-]{2,120}?)"
            + "(?=\\s+(?:for|in)\\s+(?:19|20)\\d{2}|\\s+(?:on|in|at|from)\\s+(?:\\p{Lu}|\\d)|\\s+(?:signed|between|was|were|to|by|at|during|and (?:agreed|pledged|an?|the|two)|which|that)\\b|[.;:,”\"()]|$)");
    private static final Pattern YEAR_AFTER = Pattern.compile("^[^.;]{0,110}?\\b(?:for|in|of)\\s+(?:the\\s+(?:year|period)\\s+)?"
            + "((?:19|20)\\d{2})\\b");
    private static final Pattern SIGNED_VERB = Pattern.compile("(?i)\\b(?:sign(?:ed|ing|s)?|ink(?:ed|s)?|adopt(?:ed|ion|s)?"
            + "|issu(?:ed|es)|conclud(?:ed|es)|seal(?:ed)?)\\b");

    private Instruments() {
    }

    /** An instrument as found, with where it was named. */
    record Found(Instrument instrument, int start, int end, boolean signedHere) {
    }

    static List<Found> find(String body, Sentences sentences, @Nullable Integer storyYear) {
        var found = new ArrayList<Found>();
        var m = KIND.matcher(body);
        while (m.find()) {
            var kind = kind(m);
            var written = m.group().toLowerCase(Locale.ROOT);
            var before = body.substring(Math.max(0, m.start() - 40), m.start());
            var after = body.substring(m.end(), Math.min(body.length(), m.end() + 160));
            if (after.startsWith(":")) { // "three agreements: one on …" — the list after the colon names them
                var listed = LISTED.matcher(after);
                if (listed.find()) {
                    var signed = SIGNED_VERB.matcher(sentences.around(m.start())).find();
                    add(found, new Found(new Instrument(kind, signed ? storyYear : null, false,
                            title(kind, listed.group(1).strip(), null)), m.start(), m.end() + listed.end(1), signed));
                }
                continue;
            }
            var topic = TOPIC.matcher(after);
            var hasTopic = topic.find();
            var yearBefore = YEAR_BEFORE.matcher(before);
            var count = COUNT_BEFORE.matcher(before);
            Integer year = null;
            boolean covers = false;
            if (yearBefore.find()) {
                year = Integer.valueOf(yearBefore.group("year"));
                covers = kind != InstrumentKind.MOU;
            } else {
                var yearAfter = YEAR_AFTER.matcher(cutAtNextInstrument(after));
                if (yearAfter.find()) {
                    year = Integer.valueOf(yearAfter.group(1));
                    covers = yearAfter.group().matches("(?s).*\\bfor\\s+(?:the\\s+(?:year|period)\\s+)?(?:19|20)\\d{2}$")
                            || yearAfter.group().matches("(?s).*\\bin\\s+(?:19|20)\\d{2}$") && !yearAfter.group().contains("signed");
                }
            }
            var plural = plural(written);
            if (plural && year == null && !hasTopic && !count.find()) {
                continue;
            }
            var signedVerb = SIGNED_VERB.matcher(sentences.around(m.start())).find();
            var signedHere = signedVerb && (year == null || covers || year.equals(storyYear));
            if (year == null && signedVerb) {
                year = storyYear;
            }
            var topics = hasTopic ? split(topic.group(1).strip(), COUNT_BEFORE.matcher(before).find()) : List.of("");
            for (var t : topics) {
                add(found, new Found(new Instrument(kind, year, covers, title(kind, t, covers ? year : null)), m.start(),
                        hasTopic ? m.end() + topic.end(1) : m.end(), signedHere));
            }
        }
        return found;
    }

    private static String cutAtNextInstrument(String after) {
        var next = KIND.matcher(after);
        return next.find() ? after.substring(0, next.start()) : after;
    }

    private static boolean plural(String written) {
        return written.matches(".*(?:mous|memoranda|memorandums.*|agreements|treaties|protocols|plans|programmes|programs"
                + "|statements|accords|notes of cooperation)$") || written.startsWith("memoranda");
    }

    /** "cultural and arts cooperation and agricultural cooperation" of two MoUs → the two topics. */
    private static List<String> split(String topic, boolean counted) {
        if (!counted) {
            return List.of(topic);
        }
        int at = topic.lastIndexOf(" and ");
        return at < 0 ? List.of(topic) : List.of(topic.substring(0, at).strip(), topic.substring(at + 5).strip());
    }

    /** A later mention adds to an earlier one of the same kind when their years do not differ and one lacks a topic. */
    private static void add(List<Found> found, Found next) {
        for (int i = 0; i < found.size(); i++) {
            var old = found.get(i).instrument();
            var now = next.instrument();
            boolean sameYear = old.year() == null || now.year() == null || old.year().equals(now.year());
            boolean oneGeneric = !old.title().contains(" on ") || !now.title().contains(" on ")
                    || old.title().equals(now.title());
            boolean backReference = now.kind() == InstrumentKind.AGREEMENT && now.year() == null && now.title().equals("Agreement");
            if (old.kind() == now.kind() && sameYear && oneGeneric || backReference) {
                var keep = old.title().contains(" on ") ? old : now;
                var year = old.year() != null ? old.year() : now.year();
                found.set(i, new Found(new Instrument(old.kind(), year, old.covers() || now.covers(),
                        keep.title()), found.get(i).start(), found.get(i).end(), found.get(i).signedHere() || next.signedHere()));
                return;
            }
        }
        found.add(next);
    }

    private static String title(InstrumentKind kind, String topic, @Nullable Integer covers) {
        return kind.label() + (topic.isEmpty() ? "" : " on " + topic) + (covers == null ? "" : " for " + covers);
    }

    private static InstrumentKind kind(Matcher m) {
        for (var kind : InstrumentKind.values()) {
            if (m.group(kind.group()) != null) {
                return kind;
            }
        }
        throw new IllegalStateException("no kind in " + m.group());
    }
}
