package org.liaison.matching;

import com.ibm.icu.text.Transliterator;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Romanization of the scripts the library has no rules of its own for, through ICU4J's transliterators (ADR
 * 0018): Chinese characters to pinyin, Cyrillic (BGN/PCGN, then ISO 9 as a second spelling), Arabic and
 * Hebrew (consonants only, compared by consonant skeleton, see {@link #abjadSkeleton}), Hangul, Kana,
 * Georgian, Armenian, Greek, Myanmar and anything else through Any-Latin, always followed by Latin-ASCII.
 *
 * <p>Creating an ICU transliterator costs milliseconds (the first one loads ICU's data: about a second), so
 * each is created once, lazily; ICU does not promise that one instance may be used by several threads at
 * once, so each use is synchronized on the instance. Results are cached by {@link NameNormalizer}.
 */
final class Transliteration {

    /** The transliterations used, named as ICU names them (shown in explanations). */
    enum System {
        HAN("Han-Latin/Names; Latin-ASCII"),
        CYRILLIC("Russian-Latin/BGN; Latin-ASCII"),
        CYRILLIC_ISO("Cyrillic-Latin; Latin-ASCII"),
        ARABIC("Arabic-Latin; Latin-ASCII"),
        HEBREW("Hebrew-Latin; Latin-ASCII"),
        HANGUL("Hangul-Latin; Latin-ASCII"),
        KANA("Any-Latin; Latin-ASCII"),
        GEORGIAN("Georgian-Latin; Latin-ASCII"),
        ARMENIAN("Armenian-Latin; Latin-ASCII"),
        GREEK("Greek-Latin/UNGEGN; Latin-ASCII"),
        MYANMAR("Myanmar-Latin; Latin-ASCII"),
        ANY("Any-Latin; Latin-ASCII");

        final String id;

        System(String id) {
            this.id = id;
        }
    }

    private static final Map<System, Transliterator> INSTANCES = new EnumMap<>(System.class);
    /** Chinese two-character family names (复姓), kept whole when splitting surname from given name. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官",
            "司徒", "东方", "東方", "皇甫", "夏侯", "尉迟", "尉遲", "公孙", "公孫", "慕容", "令狐", "长孙", "長孫");
    /** Korean family names as their bearers usually spell them (passports predate Revised Romanization). */
    private static final Map<String, String> KOREAN_SURNAMES = Map.ofEntries(Map.entry("김", "kim"),
            Map.entry("이", "lee"), Map.entry("리", "ri"), Map.entry("박", "park"), Map.entry("최", "choi"),
            Map.entry("정", "jung"), Map.entry("강", "kang"), Map.entry("조", "cho"), Map.entry("윤", "yoon"),
            Map.entry("장", "jang"), Map.entry("임", "lim"), Map.entry("한", "han"), Map.entry("오", "oh"),
            Map.entry("서", "seo"), Map.entry("신", "shin"), Map.entry("권", "kwon"), Map.entry("황", "hwang"),
            Map.entry("안", "ahn"), Map.entry("송", "song"), Map.entry("전", "jeon"), Map.entry("홍", "hong"),
            Map.entry("문", "moon"), Map.entry("노", "roh"), Map.entry("류", "ryu"), Map.entry("유", "yoo"));

    private Transliteration() {
    }

    /** The transliteration for a token of {@link Script#OTHER}, chosen by its first letter's script. */
    static System systemOf(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            i += Character.charCount(c);
            UnicodeScript script = UnicodeScript.of(c);
            switch (script) {
                case HAN:
                    return System.HAN;
                case CYRILLIC:
                    return System.CYRILLIC;
                case ARABIC:
                    return System.ARABIC;
                case HEBREW:
                    return System.HEBREW;
                case HANGUL:
                    return System.HANGUL;
                case HIRAGANA, KATAKANA:
                    return System.KANA;
                case GEORGIAN:
                    return System.GEORGIAN;
                case ARMENIAN:
                    return System.ARMENIAN;
                case GREEK:
                    return System.GREEK;
                case MYANMAR:
                    return System.MYANMAR;
                case COMMON, INHERITED:
                    continue;
                default:
                    return System.ANY;
            }
        }
        return System.ANY;
    }

    /** Whether the token is written in a script that leaves short vowels out (Arabic, Hebrew). */
    static boolean isAbjad(String token) {
        System s = systemOf(token);
        return s == System.ARABIC || s == System.HEBREW;
    }

    /**
     * Splits a run of one script into the name tokens a Latin spelling would have: a Chinese name into family
     * and given name (毛泽东 → 毛 泽东), a Korean one likewise, a Myanmar name into its syllables (Aung San Suu Kyi
     * is written without spaces), the Arabic article off its noun (القذافي → ال قذافي).
     */
    static List<String> split(String run, boolean wholeName) {
        System system = systemOf(run);
        int count = run.codePointCount(0, run.length());
        return switch (system) {
            case HAN, HANGUL -> wholeName && count >= 2 && count <= 4 && onlyLetters(run) ? familyAndGiven(run, system) : List.of(run);
            case MYANMAR -> MyanmarSyllables.split(run);
            case ARABIC -> run.startsWith("ال") && count >= 5 ? List.of("ال", run.substring(2)) : List.of(run);
            default -> List.of(run);
        };
    }

    private static boolean onlyLetters(String run) {
        return run.codePoints().allMatch(Character::isLetter);
    }

    private static List<String> familyAndGiven(String run, System system) {
        int cut = system == System.HAN && run.length() >= 3 && COMPOUND_SURNAMES.contains(run.substring(0, 2)) ? 2 : 1;
        return List.of(run.substring(0, cut), run.substring(cut));
    }

    /** Lower-case ASCII spellings, most likely first, never empty, at most {@link Romanizer#MAX_VARIANTS}. */
    static String[] romanize(String token) {
        System system = systemOf(token);
        Set<String> forms = new LinkedHashSet<>();
        switch (system) {
            case HAN -> forms.add(letters(apply(system, token)).replace(" ", ""));
            case HANGUL -> hangul(token, forms);
            case CYRILLIC -> {
                add(forms, apply(System.CYRILLIC, token));
                add(forms, apply(System.CYRILLIC_ISO, token));
            }
            case KANA -> {
                String form = letters(apply(system, token));
                add(forms, form);
                add(forms, form.replace("ou", "o").replace("uu", "u").replace("ii", "i"));
            }
            case MYANMAR -> MyanmarSyllables.romanize(letters(apply(system, token)), forms);
            default -> add(forms, apply(system, token));
        }
        forms.remove("");
        if (forms.isEmpty()) {
            forms.add(token);
        }
        return forms.stream().limit(Romanizer.MAX_VARIANTS).toArray(String[]::new);
    }

    private static void hangul(String token, Set<String> forms) {
        String family = KOREAN_SURNAMES.get(token);
        if (family != null) {
            forms.add(family);
        }
        StringBuilder rr = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            rr.append(letters(apply(System.HANGUL, token.substring(i, i + 1))));
        }
        String revised = rr.toString();
        add(forms, revised);
        // the older McCune-Reischauer-like spellings most passports carry: Jong Un, not Jeong Eun
        add(forms, revised.replace("eo", "o").replace("eu", "u").replaceFirst("^g", "k").replaceFirst("^b", "p")
                .replaceFirst("^d", "t"));
    }

    private static void add(Set<String> forms, String text) {
        String form = letters(text).replace(" ", "");
        if (!form.isEmpty()) {
            forms.add(form);
        }
    }

    /** Keeps a-z and spaces: Latin-ASCII leaves ʿ ʾ ' and punctuation that names do not compare on. */
    static String letters(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c == ' ') {
                b.append(c);
            }
        }
        return b.toString().trim();
    }

    static String apply(System system, String text) {
        Transliterator t = instance(system);
        synchronized (t) {
            return t.transliterate(text);
        }
    }

    private static Transliterator instance(System system) {
        synchronized (INSTANCES) {
            return INSTANCES.computeIfAbsent(system, s -> Transliterator.getInstance(s.id));
        }
    }

    /**
     * Consonant skeleton for comparing a name written without short vowels (محمد → mhmd) with a Latin spelling
     * (Muhammad → mhmd): digraphs folded to one letter, close consonants to one class, vowels, y and w dropped
     * except at the start, doubled letters once. Qadhafi, Gaddafi and القذافي all give "kdf".
     */
    static String abjadSkeleton(String form) {
        String s = form.replace("dh", "d").replace("th", "t").replace("kh", "k").replace("gh", "k")
                .replace("sh", "s").replace("ph", "f").replace("ch", "s").replace("ou", "w");
        StringBuilder b = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = switch (s.charAt(i)) {
                case 'q', 'g', 'c', 'k' -> 'k';
                case 'z', 's', 'x' -> 's';
                case 'd', 't' -> 't';
                case 'v', 'w' -> i == 0 ? 'w' : 0;
                case 'y', 'j' -> i == 0 ? 'y' : s.charAt(i) == 'j' ? 'j' : 0;
                case 'a', 'e', 'i', 'o', 'u' -> 0;
                case 'p' -> 'b';
                default -> s.charAt(i);
            };
            if (c != 0 && c != last) {
                b.append(c);
            }
            if (c != 0) {
                last = c;
            }
        }
        return b.toString();
    }

    /** The transliteration's name for an explanation, or null for scripts the library romanizes itself. */
    static @Nullable String describe(Token token) {
        return token.script() == Script.OTHER ? systemOf(token.text()).id : null;
    }

    /** For tests: every system's transliterator can be created. */
    static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (System s : System.values()) {
            out.add(instance(s).getID());
        }
        return out;
    }
}
