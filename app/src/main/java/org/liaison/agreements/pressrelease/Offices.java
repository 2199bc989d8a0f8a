package org.liaison.agreements.pressrelease;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Posts as the press writes them before or after a name: "Deputy Prime Minister and Minister of Interior",
 * "interior minister", "Head of the Supreme People's Prosecutor's Office of the Lao PDR", "spokesman",
 * "his Lao counterpart". The words a portfolio may contain are listed, so that the reader knows where the post
 * ends and the name begins ("Minister of Public Security To Lam").
 */
final class Offices {

    private static final String APOS = "['’]";
    private static final String WORD = "(?:Public|Security|Interior(?:" + APOS + "s)?|Foreign|Affairs|International|Cooperation"
            + "|Home|Justice|Defen[cs]e|National|Agriculture|Forestry|Fisheries|Rural|Development|Economy|Finance|Trade"
            + "|Commerce|Industry|Labou?r|Social|Human|Information|Culture|Education|Health|Tourism|Planning|Investment"
            + "|Environment|Energy|Transport|Supreme|People" + APOS + "s|Prosecutor" + APOS + "s|Office|Court|Kingdom"
            + "|Cambodia(?:" + APOS + "s)?|Cambodian|Lao|Laos|PDR|Democratic|Republic|Vietnam(?:" + APOS + "s)?|Viet|Nam"
            + "|Vietnamese|Thailand(?:" + APOS + "s)?|Thai|Royal|Government|Party|Council|Committee|Central|Assembly"
            + "|Department|General(?= (?:Department|Commissariat|Secretariat|Staff|Administration))|Prisons|Immigration"
            + "|Police|Authority|Combating|Drugs?|Narcotics|Control|Board|board|Commission|Supervision|Armed|Forces|Army"
            + "|Academy|Ministry(?:" + APOS + "s)?|ministry|UN|United|Nations|Crime|Counter|Trafficking|Corrections"
            + "|Border|province|Province|Secretariat|Privy|Chief|Counter-Trafficking|Politburo|Sciences|Customs|Excise"
            + "|" + String.join("|", Gazetteer.PLACES) + ")";
    private static final String HEAD = "(?:Prime Minister|Minister(?:-Delegate)?|President|King|Queen"
            + "|Chair(?:man|woman|person)?|[Gg]overnor|[Aa]mbassador|Secretary of State|[Ss]ecretary-[Gg]eneral"
            + "|General Secretary|[Dd]irector-[Gg]eneral|Director General|[Dd]irector|Commander-in-Chief|Commander"
            + "|[Hh]ead|[Cc]hief|[Ss]pokes(?:man|woman|person)|[Pp]ermanent [Ss]ecretary|[Rr]egional [Rr]epresentative"
            + "|[Rr]epresentative|[Pp]rosecutor(?:-General)?|Commissioner|[Vv]ice-chair|Politburo member|[Mm]inister"
            + "|[Pp]resident|[Cc]ounterpart|[Cc]hairman)";
    private static final String MODIFIERS = "(?:(?:Senior|[Dd]eputy|Vice|Acting|[Pp]ermanent|Former|Party|Assistant"
            + "|[Oo]utgoing|[Ii]ncoming) |[Tt]hen-)*";
    private static final String PORTFOLIO = "(?:(?:[Ii]nterior|[Ff]oreign|[Jj]ustice|[Dd]efen[cs]e|[Aa]griculture"
            + "|[Hh]ome [Aa]ffairs|National Assembly|[Pp]olice|Interior Ministry|Foreign Ministry|Justice Ministry) )?";
    private static final String UNIT = MODIFIERS + PORTFOLIO + HEAD
            + "(?: (?:of|for|on|at|to|the|in|" + WORD + "(?:,? and " + WORD + ")?))*";

    private static final Pattern POST_WORD = Pattern.compile("^" + WORD + "$");

    /** Whether a capitalised word belongs to posts and institutions ("Prisons", "Security"), never to a name. */
    static boolean postWord(String token) {
        return POST_WORD.matcher(token).matches();
    }

    /** A post, several joined by "and" ("Deputy Prime Minister and Minister of Interior"). */
    static final String OFFICE = UNIT + "(?: and " + UNIT + ")*";

    /** Portfolio adjectives newsrooms put before "minister", mapped to the ministry's usual name. */
    private static final Map<String, String> ADJECTIVE_FORMS = Map.of(
            "interior", "Minister of Interior", "foreign", "Minister of Foreign Affairs", "justice", "Minister of Justice",
            "defence", "Minister of National Defence", "defense", "Minister of National Defence",
            "agriculture", "Minister of Agriculture", "home affairs", "Minister of Home Affairs");
    private static final Pattern ADJECTIVE_MINISTER = Pattern.compile(
            "(?i)\\b(interior|foreign|justice|defen[cs]e|agriculture|home affairs) minister\\b");
    private static final Pattern TRAILING = Pattern.compile("(?: (?:of|for|on|at|to|and|the|in))+$");

    /** Portfolios in the directory: the words of an office or ministry name, per country, and the agency they mean. */
    static final List<Portfolio> PORTFOLIOS = List.of(
            new Portfolio("KH", "(?i)\\b(?:interior|home affairs)\\b", "KH/MOI"),
            new Portfolio("KH", "(?i)\\bagriculture, forestry and fisheries\\b", "KH/MAFF"),
            new Portfolio("KH", "(?i)\\beconomy and finance\\b", "KH/MEF"),
            new Portfolio("LA", "(?i)\\bpublic security\\b", "LA/MPS"),
            new Portfolio("VN", "(?i)\\bpublic security\\b", "VN/MPS"),
            new Portfolio("VN", "(?i)\\b(?:national )?defen[cs]e\\b", "VN/MND"),
            new Portfolio("TH", "(?i)\\bjustice\\b", "TH/MOJ"));

    record Portfolio(String country, Pattern words, String agency) {
        Portfolio(String country, String words, String agency) {
            this(country, Pattern.compile(words), agency);
        }

        boolean in(String text) {
            return words.matcher(text).find();
        }
    }

    private Offices() {
    }

    /** The post as the reader reports it: trailing joining words dropped, "interior minister" → "Minister of Interior". */
    static String normalised(String office) {
        var cleaned = TRAILING.matcher(office.strip()).replaceAll("").replaceFirst("^[Tt]hen-", "");
        var m = ADJECTIVE_MINISTER.matcher(cleaned);
        var out = new StringBuilder();
        while (m.find()) {
            var key = m.group(1).toLowerCase(Locale.ROOT).replace("defense", "defence");
            m.appendReplacement(out, ADJECTIVE_FORMS.getOrDefault(key, m.group()));
        }
        m.appendTail(out);
        var result = out.toString();
        return result.matches("(?i)(?:his |her )?counterpart") ? "" : result;
    }

    /** The agency a minister's post names, when the country is known and the directory has that ministry. */
    static @Nullable String agency(String office, @Nullable String country) {
        if (country == null || !office.matches("(?s).*\\b[Mm]inist(?:er|ry)\\b.*")) {
            return null;
        }
        return PORTFOLIOS.stream().filter(p -> p.country().equals(country) && p.in(office))
                .map(Portfolio::agency).findFirst().orElse(null);
    }

    /** The countries whose directory ministries match the post's portfolio ("Minister of Public Security": LA, VN). */
    static List<String> countriesWithPortfolio(String office) {
        return PORTFOLIOS.stream().filter(p -> p.in(office)).map(Portfolio::country).distinct().toList();
    }
}
