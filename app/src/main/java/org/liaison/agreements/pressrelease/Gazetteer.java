package org.liaison.agreements.pressrelease;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the press-release reader knows by name: how newsrooms in the region write the federation's agencies,
 * countries and places. Longer phrases are listed before the shorter ones they contain.
 */
final class Gazetteer {

    static final String APOS = "[’']";

    /** Agencies named outright, most specific first; ministries named by portfolio are read by {@link Parties}. */
    static final List<Map.Entry<Pattern, String>> AGENCIES = List.of(
            entry("Ministry of Interior" + APOS + "s General Department of Prisons|General Department of Prisons", "KH/MOI/GDP"),
            entry("General Department of Immigration", "KH/MOI/GDI"),
            entry("General Commissariat of National Police|Cambodian National Police", "KH/MOI/NP"),
            entry("General Department of Customs and Excise", "KH/MEF/GDCE"),
            entry("Forestry Administration", "KH/MAFF/FA"),
            entry("Laos? prison (?:officials|administration|department)|Lao prisons? department|Prison Management Department", "LA/MPS/PRI"),
            entry("Supreme People" + APOS + "s Prosecutor" + APOS + "s Office", "LA/SPPO"),
            entry("Supreme Prosecutor" + APOS + "s Office(?: of the Supreme Court(?: of the Kingdom of Cambodia)?)?", "KH/SPO"),
            entry("Supreme People" + APOS + "s Procuracy", "VN/SPP"),
            entry("(?:Viet ?[Nn]am )?Border Guards?(?: Command)?", "VN/MND/BG"),
            entry("National Authority for Combating Drugs|NACD", "KH/NACD"),
            entry("(?:Office of the )?Narcotics Control Board|ONCB", "TH/ONCB"),
            entry("Royal Thai Police", "TH/RTP"),
            entry("Thai Immigration Bureau", "TH/RTP/IMM"),
            entry("Department of Corrections", "TH/MOJ/DOC"),
            entry("Office of the Attorney General", "TH/OAG"));

    /** Country words; "Khmer New Year" and the like are not the country. */
    static final List<Map.Entry<Pattern, String>> COUNTRIES = List.of(
            entry("Kingdom of Cambodia|Cambodian?(?! Ministry)|Khmer(?! New Year)", "KH"),
            entry("Lao PDR|Lao People" + APOS + "s Democratic Republic|Laos|Laotian|Lao(?! PDR)", "LA"),
            entry("Viet ?[Nn]am(?:ese)?", "VN"),
            entry("Thailand|Thai", "TH"));

    /** The adjective or possessive of a country before a post or a ministry, for {@link #countryOf(String)}. */
    static final String COUNTRY_ADJECTIVE = "(?:Cambodian|Cambodia" + APOS + "s|Lao|Laos" + APOS + "?|Laotian|Vietnamese"
            + "|Vietnam" + APOS + "s|Viet Nam" + APOS + "s|Thai|Thailand" + APOS + "s)";

    static final List<String> PLACES = List.of("Phnom Penh", "Vientiane", "Hanoi", "Ho Chi Minh City", "Da Nang",
            "Bangkok", "Siem Reap", "Luang Prabang", "Champasak", "Pakse", "Stung Treng", "Attapeu", "Ratanakiri",
            "Preah Vihear", "Kampong Cham", "Svay Rieng", "Tay Ninh", "Dien Bien", "Savannakhet", "Nakhon Ratchasima",
            "Ubon Ratchathani", "Nong Khai", "Chiang Rai", "Chiang Mai", "Udon Thani", "Mukdahan", "Koh Kong",
            "Battambang", "Banteay Meanchey", "Oddar Meanchey", "Kampot", "Takeo", "Poipet", "Bokeo", "Oudomxay",
            "Khammouane", "Salavan", "Sekong", "Phongsaly", "Xieng Khouang", "Lao Cai", "Quang Tri", "Nghe An",
            "Can Tho", "Hai Phong", "Long An", "Kien Giang", "An Giang");

    /** Other spellings of a place, folded to the one above. */
    private static final Map<String, String> ALIASES = Map.of("ha noi", "Hanoi", "hcm city", "Ho Chi Minh City",
            "hcmc", "Ho Chi Minh City", "danang", "Da Nang", "đà nẵng", "Da Nang", "hà nội", "Hanoi",
            "vientiane capital", "Vientiane", "korat", "Nakhon Ratchasima");

    private static final List<String> KH = List.of("Phnom Penh", "Siem Reap", "Stung Treng", "Ratanakiri", "Preah Vihear",
            "Kampong Cham", "Svay Rieng", "Koh Kong", "Battambang", "Banteay Meanchey", "Oddar Meanchey", "Kampot",
            "Takeo", "Poipet");
    private static final List<String> LA = List.of("Vientiane", "Luang Prabang", "Champasak", "Pakse", "Attapeu",
            "Savannakhet", "Bokeo", "Oudomxay", "Khammouane", "Salavan", "Sekong", "Phongsaly", "Xieng Khouang");
    private static final List<String> TH = List.of("Bangkok", "Nakhon Ratchasima", "Ubon Ratchathani", "Nong Khai",
            "Chiang Rai", "Chiang Mai", "Udon Thani", "Mukdahan");

    private Gazetteer() {
    }

    /** The place a written name means, in any letter case and under its other spellings; null if unknown. */
    static @Nullable String place(String written) {
        var key = written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(key)) {
            return ALIASES.get(key);
        }
        return PLACES.stream().filter(p -> p.toLowerCase(Locale.ROOT).equals(key)).findFirst().orElse(null);
    }

    static String countryOfPlace(String place) {
        return KH.contains(place) ? "KH" : LA.contains(place) ? "LA" : TH.contains(place) ? "TH" : "VN";
    }

    /** The first country a phrase names ("his Lao counterpart", "of the Kingdom of Cambodia"), or null. */
    static @Nullable String countryOf(String phrase) {
        String found = null;
        int at = Integer.MAX_VALUE;
        for (var e : COUNTRIES) {
            var m = e.getKey().matcher(phrase);
            if (m.find() && m.start() < at) {
                at = m.start();
                found = e.getValue();
            }
        }
        return found;
    }

    /** The country of the last country word in a phrase ("Head of the Supreme Court of the Kingdom of Cambodia"). */
    static @Nullable String lastCountryOf(String phrase) {
        String found = null;
        int at = -1;
        for (var e : COUNTRIES) {
            var m = e.getKey().matcher(phrase);
            while (m.find()) {
                if (m.start() > at) {
                    at = m.start();
                    found = e.getValue();
                }
            }
        }
        return found;
    }

    private static Map.Entry<Pattern, String> entry(String regex, String value) {
        return Map.entry(Pattern.compile("\\b(?:" + regex + ")\\b"), value);
    }
}
