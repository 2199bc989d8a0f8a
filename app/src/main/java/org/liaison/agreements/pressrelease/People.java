package org.liaison.agreements.pressrelease;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.ExtractedDraft.Person;

/**
 * People named with a post or a title, in the three ways the press writes them: post before the name ("Lao
 * Minister of Foreign Affairs Saleumxay Kommasith", "his Lao counterpart Gen. Vilay Lakhamfong", "spokesman Touch
 * Sokhak"), title alone ("H.E. Prak Sokhonn", "Pol. Maj. Gen. …"), and post after the name ("Chhorn Sanath,
 * director-general of …"). Each person is reported once, with title, post and country from wherever the text
 * gives them; {@link Attribution} fills the country where only the context tells it.
 */
final class People {

    private static final String TOKEN = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:-\\p{Ll}+)?";
    private static final String NOT_FIRST = "(?!(?:Minister|Ministry|Prime|Deputy|Vice|President|King|Head|Chairman"
            + "|Governor|Ambassador|General|Secretary|Director|Senior|Lao|Laos|Cambodian|Vietnamese|Thai|The|His|Her"
            + "|Politburo|Party|National|Supreme|Royal|Interior|Foreign|Justice|Public)\\b)";
    private static final String NAME = "(?<name>" + NOT_FIRST + TOKEN + "(?: " + TOKEN + "){0,3})";
    private static final String ADJ = "(?:(?<adj>(?:[Hh]is |[Hh]er |[Tt]heir |the )?" + Gazetteer.COUNTRY_ADJECTIVE + ") )?";
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}.])(?:(?<lead>" + Titles.CHAIN + "))?" + ADJ
            + "(?<office>" + Offices.OFFICE + ")"
            + "(?:,? (?<titles>" + Titles.CHAIN + ")| )" + NAME);
    private static final Pattern TITLED = Pattern.compile("(?<![\\p{L}.])(?<titles>" + Titles.CHAIN + ")" + NAME);
    private static final Pattern AFTER = Pattern.compile("(?<![\\p{L}.])(?:(?<titles>" + Titles.CHAIN + "))?" + NAME
            + ", (?:the |a |an )?" + ADJ + "(?<office>" + Offices.OFFICE + ")(?!,? (?:" + Titles.CHAIN + ")?\\p{Lu}\\p{Ll})");

    /** Words that are never part of a person's name in this press. */
    private static final Set<String> NOT_NAMES = Set.of("Ministry", "Minister", "Prime", "Deputy", "President", "King",
            "Office", "Department", "General", "Secretary", "State", "Party", "Committee", "Commission", "Council",
            "Government", "People", "Republic", "Kingdom", "National", "Assembly", "Royal", "Supreme", "Court",
            "Public", "Security", "Interior", "Foreign", "Affairs", "Home", "Justice", "Defence", "Defense", "Police",
            "Army", "Forces", "Lao", "Laos", "Laotian", "Cambodia", "Cambodian", "Vietnam", "Vietnamese", "Viet",
            "Thai", "Thailand", "Khmer", "The", "His", "Her", "Their", "Both", "During", "After", "Before", "According",
            "On", "In", "At", "Politburo", "Member", "Chairman", "Head", "Director", "Governor", "Ambassador",
            "Spokesman", "Spokesperson", "Senior", "Samdech", "Excellency", "Majesty", "United", "Nations", "Board",
            "Authority", "Agency", "Conference", "Meeting", "Joint", "Memorandum", "Agreement", "Plan", "Statement",
            "Treaty", "Province", "City", "Capital", "Peace", "Palace", "Special", "Economic", "Zone", "Academy",
            "Commissariat", "Then", "Former", "Acting", "Vice", "Chief", "Commander", "Lower", "Mekong", "Golden",
            "Triangle", "Asia", "Pacific", "Water", "Summit", "Covid", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Friendship", "Order", "Chair", "Comprehensive",
            "Strategic", "Partnership", "Cooperation", "Bilateral", "Central", "Prosecutor", "Procuracy", "Social",
            "Development", "Human", "Narcotics", "Control", "Drug", "Drugs", "National Day", "Day", "This", "That",
            "These", "Those", "It", "He", "She", "They", "We", "Our", "Minister’s", "Lieutenant", "Major", "Colonel",
            "Lt", "Gen", "Maj", "Col", "Pol", "Mr", "Ms", "Mrs", "Dr", "Parliamentary", "Communist", "Union",
            "Action", "Protocol", "Minutes", "Operating", "Procedures", "Standard", "Organization", "International",
            "Migration", "Counter", "Trafficking", "Anti", "Labour", "Labor", "Japan", "China", "Vientiane",
            "Hanoi", "Bangkok", "Phnom", "Penh", "Siem", "Reap", "Stung", "Treng", "Da", "Nang");

    private People() {
    }

    /** A person as found, before attribution: where the name is and what the words around it said. */
    record Found(Person person, int start, int end) {
    }

    static List<Found> find(String body) {
        var byName = new LinkedHashMap<String, Found>();
        for (var pattern : List.of(BEFORE, AFTER, TITLED)) {
            var m = pattern.matcher(body);
            while (m.find()) {
                var found = person(m);
                if (found != null) {
                    merge(byName, found);
                }
            }
        }
        var all = new ArrayList<>(byName.values());
        all.sort(java.util.Comparator.comparingInt(Found::start));
        return all;
    }

    private static @Nullable Found person(Matcher m) {
        var tokens = m.group("name").split(" ");
        int kept = 0;
        while (kept < tokens.length && !NOT_NAMES.contains(tokens[kept]) && !Offices.postWord(tokens[kept])) {
            kept++;
        }
        var titles = Titles.canonical(group(m, "lead") + " " + group(m, "titles"));
        var office = group(m, "office");
        if (kept == 0 || (kept == 1 && titles.isEmpty() && office.isEmpty())) {
            return null;
        }
        var name = String.join(" ", java.util.Arrays.copyOf(tokens, kept));
        var adjective = group(m, "adj");
        var country = adjective.isEmpty() ? null : Gazetteer.countryOf(adjective);
        if (country == null && !office.isEmpty()) {
            country = Gazetteer.lastCountryOf(office);
        }
        var person = new Person(name, titles, Offices.normalised(office), country);
        return new Found(person, m.start("name"), m.start("name") + name.length());
    }

    private static String group(Matcher m, String name) {
        try {
            var value = m.group(name);
            return value == null ? "" : value;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** One entry per person: "Mr. Xaysana" joins "Xaysana Khodphouthone"; what a later mention adds is kept. */
    private static void merge(Map<String, Found> byName, Found found) {
        var name = found.person().name();
        var same = byName.keySet().stream().filter(k -> k.equals(name) || sameShortName(k, name)).findFirst();
        if (same.isEmpty()) {
            byName.put(name, found);
            return;
        }
        var old = byName.get(same.get());
        var longer = same.get().length() >= name.length() ? old : found;
        var a = old.person();
        var b = found.person();
        var merged = new Person(longer.person().name(), a.title().isEmpty() ? b.title() : a.title(),
                a.office().isEmpty() ? b.office() : a.office(), a.country() != null ? a.country() : b.country());
        byName.remove(same.get());
        byName.put(merged.name(), new Found(merged, Math.min(old.start(), found.start()),
                old.start() <= found.start() ? old.end() : found.end()));
    }

    private static boolean sameShortName(String a, String b) {
        var shorter = a.length() < b.length() ? a : b;
        var longer = a.length() < b.length() ? b : a;
        return !shorter.contains(" ") && List.of(longer.split(" ")).contains(shorter);
    }
}
