package org.liaison.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Myanmar names are written as one run of syllables and spelled in Latin one word per syllable (အောင်ဆန်းစုကြည်,
 * Aung San Suu Kyi): the run is split into syllables, and ICU's scholarly transliteration of each gets a second,
 * conventional spelling (aaung → aung, saann → san, cu → su, lhaine → hlaing).
 */
final class MyanmarSyllables {

    private static final char ASAT = '\u103A';
    private static final char VIRAMA = '\u1039';

    private MyanmarSyllables() {
    }

    /** Syllables: a consonant or independent vowel starts one, unless killed (asat) or stacked (virama). */
    static List<String> split(String run) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < run.length(); i++) {
            char c = run.charAt(i);
            boolean starts = isConsonant(c) || c >= '\u1023' && c <= '\u102A' || c == '\u103F';
            boolean killed = i + 1 < run.length() && (run.charAt(i + 1) == ASAT || run.charAt(i + 1) == VIRAMA);
            boolean stacked = run.charAt(i - 1) == VIRAMA;
            if (starts && !killed && !stacked) {
                out.add(run.substring(start, i));
                start = i;
            }
        }
        out.add(run.substring(start));
        return out.size() > NameNormalizer.MAX_TOKENS ? List.of(run) : out;
    }

    private static boolean isConsonant(char c) {
        return c >= '\u1000' && c <= '\u1021';
    }

    private static final Set<Character> VOWELS = Set.of('a', 'e', 'i', 'o', 'u');

    static void romanize(String scholarly, java.util.Set<String> forms) {
        String s = scholarly.replace(" ", "");
        forms.add(conventional(s));
        forms.add(s);
    }

    static String conventional(String s) {
        if (s.length() > 1 && s.charAt(0) == 'a' && VOWELS.contains(s.charAt(1))) {
            s = s.substring(1);
        }
        s = s.replace("aa", "a");
        if (s.endsWith("nn")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.replace("aine", "aing");
        if (s.endsWith("ain")) {
            s = s.substring(0, s.length() - 3) + "in";
        }
        if (s.startsWith("hc")) {
            s = s.substring(1);
        }
        if (s.startsWith("c")) {
            s = "s" + s.substring(1);
        }
        if (s.length() > 2 && s.charAt(1) == 'h' && (s.charAt(0) == 'l' || s.charAt(0) == 'm' || s.charAt(0) == 'n')) {
            s = "h" + s.charAt(0) + s.substring(2);
        }
        return s;
    }
}
