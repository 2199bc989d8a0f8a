package org.liaison.agreements.pressrelease;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Honorifics and ranks that stand before a name in the region's English-language press, each with the one form
 * the reader reports: Khmer ("Samdech Techo", "Lok Chumteav", "Oknha"), Lao and Vietnamese military and police
 * ranks as VNA and KPL write them ("Sen. Lt. Gen.", "Lieut. Gen."), Thai police ranks ("Pol. Maj. Gen.",
 * "Pol Lt Gen") and English courtesy titles. Longer forms come first so "Lt. Gen." is not read as "Gen.".
 */
final class Titles {

    private static final List<Map.Entry<String, String>> FORMS = List.of(
            Map.entry("Samdech Akka Moha Sena Padei Techo|Samdech Techo", "Samdech Techo"),
            Map.entry("Samdech Kr[ao]lahom", "Samdech Krolahom"),
            Map.entry("Samdech(?: Vibol Sena Pheakdei| Moha Bovor Thipadei)?", "Samdech"),
            Map.entry("His Majesty|Her Majesty", "His Majesty"),
            Map.entry("H\\. ?E\\.|His Excellency|Her Excellency", "H.E."),
            Map.entry("Lok Chumteav", "Lok Chumteav"),
            Map.entry("(?:Neak )?Oknha", "Oknha"),
            Map.entry("Senior Lieutenant General|Sen(?:ior|\\.)? ?Lieut?\\.? ?Gen(?:eral|\\.)?|Sen\\.? Lt\\.? Gen\\.?", "Sen. Lt. Gen."),
            Map.entry("Lieutenant General|Lieut\\.? ?Gen\\.?|Lt\\.? ?Gen(?:eral|\\.)?|Lt-Gen\\.?", "Lt. Gen."),
            Map.entry("Major General|Maj\\.? ?Gen\\.?|Maj-Gen\\.?", "Maj. Gen."),
            Map.entry("Brigadier General|Brig\\.? ?Gen\\.?", "Brig. Gen."),
            Map.entry("Lieutenant Colonel|Lt\\.? ?Col\\.?", "Lt. Col."),
            Map.entry("General|Gen\\.?", "Gen."),
            Map.entry("Colonel|Col\\.?", "Col."),
            Map.entry("Major|Maj\\.?", "Maj."),
            Map.entry("Captain|Capt\\.?", "Capt."),
            Map.entry("Mr\\.?", "Mr."),
            Map.entry("Mrs\\.?", "Mrs."),
            Map.entry("Ms\\.?", "Ms."),
            Map.entry("Madam|Madame", "Madam"),
            Map.entry("Dr\\.?", "Dr."),
            Map.entry("Assoc\\. Prof\\.|Prof\\.?|Professor", "Prof."),
            Map.entry("Khun", "Khun"),
            Map.entry("Venerable|Ven\\.", "Ven."));

    private static final String POLICE = "(?:Pol(?:ice)?\\.? )";

    /** One title: a police prefix and a rank, or any form above, ending at a word boundary. */
    static final String ONE = "(?:" + POLICE + "?(?:" + String.join("|", FORMS.stream().map(Map.Entry::getKey).toList())
            + "))(?![\\p{L}])";

    /** Up to three titles in a row ("H.E. Gen.", "Samdech Techo"), followed by a space. */
    static final String CHAIN = "(?:" + ONE + " ){1,3}";

    private static final List<Map.Entry<Pattern, String>> COMPILED = FORMS.stream()
            .map(e -> Map.entry(Pattern.compile("^(?:" + e.getKey() + ")$"), e.getValue())).toList();
    private static final Pattern ONE_PATTERN = Pattern.compile(ONE);
    private static final Pattern POLICE_PREFIX = Pattern.compile("^" + POLICE);

    private Titles() {
    }

    /** The canonical form of a chain of titles as written: "Pol Maj Gen" → "Pol. Maj. Gen.", "H.E. Gen." stays. */
    static String canonical(String written) {
        var out = new StringBuilder();
        var m = ONE_PATTERN.matcher(written.strip());
        while (m.find()) {
            var one = m.group();
            var police = POLICE_PREFIX.matcher(one);
            var prefix = "";
            if (police.find()) {
                prefix = "Pol. ";
                one = one.substring(police.end());
            }
            out.append(out.isEmpty() ? "" : " ").append(prefix).append(form(one));
        }
        return out.toString();
    }

    private static String form(String one) {
        for (var e : COMPILED) {
            if (e.getKey().matcher(one).matches()) {
                return e.getValue();
            }
        }
        return one;
    }
}
