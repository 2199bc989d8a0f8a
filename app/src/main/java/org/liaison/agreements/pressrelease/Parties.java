package org.liaison.agreements.pressrelease;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Finding;
import org.liaison.agreements.Finding.Kind;

/**
 * The agencies and countries a release is about. Agencies are named outright ({@link Gazetteer#AGENCIES}) or by
 * portfolio however the newsroom words it ("Laos' public security ministry", "the interior ministry", "Ministry of
 * Public Security of Vietnam"); the country comes from the words or, when only one country of the story has that
 * ministry, from the story. Every country named is kept, third countries included.
 */
final class Parties {

    private static final Pattern MINISTRY = Pattern.compile("(?:\\b(?<adj>" + Gazetteer.COUNTRY_ADJECTIVE + ") )?"
            + "\\b(?:Ministry of (?<p1>Public Security|Interior|Home Affairs|Justice|National Defen[cs]e"
            + "|Agriculture, Forestry and Fisheries|Economy and Finance)|(?<p2>[Pp]ublic [Ss]ecurity|[Ii]nterior|[Jj]ustice"
            + "|[Hh]ome [Aa]ffairs|[Dd]efen[cs]e) [Mm]inistr(?:y|ies))(?: of (?:the )?(?<of>Lao PDR|Laos|Vietnam|Viet Nam"
            + "|Cambodia|Kingdom of Cambodia|Thailand))?");

    private Parties() {
    }

    /** Agencies and country words, as findings in text order (agencies win where both overlap). */
    static List<Finding> mentions(String body) {
        var agencies = new ArrayList<Finding>();
        Gazetteer.AGENCIES.forEach(e -> {
            var m = e.getKey().matcher(body);
            while (m.find()) {
                agencies.add(new Finding(Kind.PARTY, m.start(), m.end(), m.group(), e.getValue()));
            }
        });
        var countries = countries(body);
        var m = MINISTRY.matcher(body);
        while (m.find()) {
            var portfolio = m.group("p1") != null ? m.group("p1") : m.group("p2");
            var country = m.group("of") != null ? Gazetteer.countryOf(m.group("of"))
                    : m.group("adj") != null ? Gazetteer.countryOf(m.group("adj")) : null;
            var agency = agency("Ministry of " + portfolio, country, countries);
            if (agency != null) {
                agencies.add(new Finding(Kind.PARTY, m.start(), m.end(), m.group(), agency));
            }
        }
        var kept = withoutOverlaps(agencies);
        var all = new ArrayList<>(kept);
        countryMentions(body).stream().filter(c -> kept.stream().noneMatch(c::overlaps)).forEach(all::add);
        all.sort(Comparator.comparingInt(Finding::start));
        return all;
    }

    static List<String> countries(String body) {
        var found = new LinkedHashSet<String>();
        countryMentions(body).forEach(f -> found.add(f.value()));
        return List.copyOf(found);
    }

    private static List<Finding> countryMentions(String body) {
        var countries = new ArrayList<Finding>();
        Gazetteer.COUNTRIES.forEach(e -> {
            var m = e.getKey().matcher(body);
            while (m.find()) {
                countries.add(new Finding(Kind.PARTY, m.start(), m.end(), m.group(), e.getValue()));
            }
        });
        countries.sort(Comparator.comparingInt(Finding::start));
        return countries;
    }

    private static @Nullable String agency(String office, @Nullable String country, List<String> countries) {
        if (country != null) {
            return Offices.agency(office, country);
        }
        var candidates = Offices.countriesWithPortfolio(office).stream().filter(countries::contains).toList();
        return candidates.size() == 1 ? Offices.agency(office, candidates.getFirst()) : null;
    }

    static List<Finding> withoutOverlaps(List<Finding> findings) {
        var sorted = findings.stream().sorted(Comparator.comparingInt(Finding::start)
                .thenComparing(f -> -f.end())).toList();
        var kept = new ArrayList<Finding>();
        for (var f : sorted) {
            if (kept.stream().noneMatch(f::overlaps)) {
                kept.add(f);
            }
        }
        return kept;
    }
}
