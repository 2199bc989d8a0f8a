package org.liaison.bench.pressrelease.baseline;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.liaison.agreements.CooperationArea;

/**
 * What the press-release reader knows by name: how newsrooms in the region write the federation's
 * agencies, places and cooperation areas. Longer phrases are listed before the shorter ones they contain.
 */
final class Gazetteer {

    private static final String APOS = "[’']";

    /** Agency phrases, most specific first; the country words below apply only where none of these matched. */
    static final List<Map.Entry<Pattern, String>> AGENCIES = List.of(
            entry("Ministry of Interior" + APOS + "s General Department of Prisons|General Department of Prisons", "KH/MOI/GDP"),
            entry("Laos? prison (?:officials|administration|department)|Lao prisons? department", "LA/MPS/PRI"),
            entry("Supreme People" + APOS + "s Prosecutor" + APOS + "s Office", "LA/SPPO"),
            entry("Supreme Prosecutor" + APOS + "s Office(?: of the Supreme Court(?: of the Kingdom of Cambodia)?)?", "KH/SPO"),
            entry("Lao Ministry of Public Security|Ministry of Public Security of (?:the )?Lao(?: PDR)?", "LA/MPS"),
            entry("Vietnam" + APOS + "s Ministry of Public Security|Vietnamese Ministry of Public Security"
                    + "|Ministry of Public Security of Viet ?Nam", "VN/MPS"),
            entry("(?:Cambodian )?Ministry of Interior|[Ii]nterior [Mm]inistry", "KH/MOI"),
            entry("National Authority for Combating Drugs", "KH/NACD"));

    static final List<Map.Entry<Pattern, String>> COUNTRIES = List.of(
            entry("Kingdom of Cambodia|Cambodian?(?! Ministry)|Khmer(?! New Year)", "KH"),
            entry("Lao PDR|Lao People" + APOS + "s Democratic Republic|Laos|Lao(?! PDR)", "LA"),
            entry("Viet ?[Nn]am(?:ese)?", "VN"),
            entry("Thailand|Thai", "TH"));

    static final List<String> PLACES = List.of("Phnom Penh", "Vientiane", "Hanoi", "Ha Noi", "Ho Chi Minh City",
            "Bangkok", "Siem Reap", "Luang Prabang", "Champasak", "Pakse", "Stung Treng", "Attapeu", "Ratanakiri",
            "Preah Vihear", "Kampong Cham", "Svay Rieng", "Tay Ninh", "Dien Bien", "Savannakhet");

    static final List<Map.Entry<Pattern, CooperationArea>> AREAS = List.of(
            area("drug|narcotic|methamphetamine|heroin|precursor", CooperationArea.DRUG_TRAFFICKING),
            area("border", CooperationArea.BORDER_MANAGEMENT),
            area("smuggl", CooperationArea.SMUGGLING),
            area("deforestation|illegal logging|timber", CooperationArea.ILLEGAL_LOGGING),
            area("poaching|hunting|wildlife", CooperationArea.WILDLIFE_CRIME),
            area("transnational crime|cross-border crime", CooperationArea.CROSS_BORDER_CRIME),
            area("transit of people|tourism|family visits|traditional ceremonies", CooperationArea.LAWFUL_TRANSIT),
            area("prison|detainee", CooperationArea.PRISONS),
            area("prosecut", CooperationArea.PROSECUTION),
            area("capacity building", CooperationArea.CAPACITY_BUILDING),
            area("double taxation|tax evasion", CooperationArea.TAXATION),
            area("bilateral trade|trade, investment|cross-border trade", CooperationArea.TRADE),
            area("cultural|arts cooperation", CooperationArea.CULTURE),
            area("agricultur", CooperationArea.AGRICULTURE),
            area("security cooperation|security environment|border security", CooperationArea.SECURITY));

    /** Titles that precede a person's name in this press. */
    static final String TITLES = "(?:Mr\\.|Ms\\.|Mrs\\.|H\\.E\\.|Dr\\.|[Mm]inister|[Cc]ounterpart|Prime Minister|"
            + "President|King|[Pp]rosecutor|[Gg]overnor)";

    private Gazetteer() {
    }

    private static Map.Entry<Pattern, String> entry(String regex, String value) {
        return Map.entry(Pattern.compile("\\b(?:" + regex + ")\\b"), value);
    }

    private static Map.Entry<Pattern, CooperationArea> area(String regex, CooperationArea area) {
        return Map.entry(Pattern.compile("(?i)\\b(?:" + regex + ")"), area);
    }
}
