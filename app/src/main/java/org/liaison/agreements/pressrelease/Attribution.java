package org.liaison.agreements.pressrelease;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.ExtractedDraft.Person;
import org.liaison.agreements.Finding;

/**
 * The country of a person the words around the name did not give, from the context, in this order: the only
 * country of the story whose directory has the post's ministry ("Minister of Interior" → Cambodia); for a post two
 * countries share, the outlet's own country when it is a national agency (VNA, KPL, AKP) or the other country of a
 * pair whose other member's country was named; else the nearest agency, country or place named before the
 * person, else the outlet's country. International
 * posts (UN, ASEAN) get none.
 */
final class Attribution {

    private static final Pattern INTERNATIONAL = Pattern.compile("\\b(?:UN|United Nations|ASEAN|IOM|UNODC|Interpol"
            + "|International Organi[sz]ation)\\b");
    private static final Pattern OUTLET = Pattern.compile("\\((VNA|VNS|KPL|AKP|FN|NNT)\\)|\\b(KPL|AKP)\\b");

    private Attribution() {
    }

    static List<People.Found> complete(List<People.Found> people, String body, List<String> countries,
                                       List<Finding> partyMentions) {
        var outlet = outletCountry(body);
        var done = new ArrayList<People.Found>();
        for (var found : people) {
            var p = found.person();
            var international = INTERNATIONAL.matcher(p.office()).find();
            var country = p.country() != null || international ? p.country()
                    : byPortfolio(p.office(), countries, outlet, people);
            if (country == null && !international) {
                country = counterpartOf(p.office(), countries, people);
            }
            if (country == null && !international) {
                var near = nearestBefore(found.start(), partyMentions);
                country = near != null ? near : outlet;
            }
            done.add(new People.Found(new Person(p.name(), p.title(), p.office(), country), found.start(), found.end()));
        }
        return done;
    }

    private static @Nullable String byPortfolio(String office, List<String> countries, @Nullable String outlet,
                                                List<People.Found> others) {
        var candidates = Offices.countriesWithPortfolio(office).stream().filter(countries::contains).toList();
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        if (candidates.size() == 2) {
            if (outlet != null && candidates.contains(outlet)) {
                return outlet;
            }
            // "Minister of Public Security X and Lao Minister of Public Security Y": X is the other country's
            var taken = others.stream().filter(f -> f.person().country() != null
                    && Offices.countriesWithPortfolio(f.person().office()).equals(Offices.countriesWithPortfolio(office)))
                    .map(f -> f.person().country()).filter(candidates::contains).distinct().toList();
            return taken.size() != 1 ? null : candidates.stream().filter(c -> !c.equals(taken.getFirst())).findFirst().orElse(null);
        }
        return null;
    }

    /** "Prime Minister X … Cambodian Prime Minister Y" in a story of two countries: X is of the other one. */
    private static @Nullable String counterpartOf(String office, List<String> countries, List<People.Found> others) {
        if (office.isEmpty() || countries.size() != 2) {
            return null;
        }
        var taken = others.stream().filter(f -> f.person().country() != null && f.person().office().equals(office))
                .map(f -> f.person().country()).distinct().toList();
        return taken.size() != 1 ? null : countries.stream().filter(c -> !c.equals(taken.getFirst())).findFirst().orElse(null);
    }

    private static @Nullable String outletCountry(String body) {
        var m = OUTLET.matcher(body.substring(0, Math.min(body.length(), 400)));
        if (!m.find()) {
            return null;
        }
        var outlet = m.group(1) != null ? m.group(1) : m.group(2);
        return switch (outlet) {
            case "VNA", "VNS" -> "VN";
            case "KPL" -> "LA";
            case "AKP", "FN" -> "KH";
            default -> "TH";
        };
    }

    private static @Nullable String nearestBefore(int at, List<Finding> mentions) {
        String country = null;
        for (var f : mentions) {
            if (f.end() <= at && at - f.end() < 400) {
                country = f.kind() == Finding.Kind.PLACE ? Gazetteer.countryOfPlace(f.value()) : f.value().substring(0, 2);
            }
        }
        return country;
    }
}
