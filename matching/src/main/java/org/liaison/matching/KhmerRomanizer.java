package org.liaison.matching;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Khmer to Latin. A Khmer orthographic syllable is a consonant, optional subscripts (coeng + consonant), an
 * optional series-shifting diacritic, vowel signs; whether a bare consonant closes the previous syllable, and
 * whether a subscript starts a new one (រង្ស៊ី = rang + si), is decided from the neighbours. Examples from
 * published spellings: ហ៊ុន សែន → hun sen, ហ៊ុន ម៉ាណែត → hun manet, ស ខេង → sar kheng, ជា ស៊ីម → chea sim.
 */
final class KhmerRomanizer implements Romanizer {

    static final KhmerRomanizer INSTANCE = new KhmerRomanizer();

    /** One written syllable; {@code coda} is 0 until a following bare consonant is attached to it. */
    private static final class Syllable {
        char base;
        final StringBuilder subs = new StringBuilder();
        final StringBuilder vowel = new StringBuilder();
        boolean oSeries;
        boolean seriesForced;
        boolean independent;
        boolean aspirated;
        boolean merged;
        boolean fromSplit;
        boolean flexible;
        char coda;

        Syllable(char base, boolean independent) {
            this.base = base;
            this.independent = independent;
            this.oSeries = KhmerLetters.isOSeries(base);
        }
    }

    @Override
    public String[] romanize(String token) {
        List<Syllable> syllables = parse(token);
        attachCodas(syllables);
        Spelling spelling = new Spelling();
        for (int i = 0; i < syllables.size(); i++) {
            emit(syllables.get(i), i == syllables.size() - 1, spelling);
        }
        return spelling.build();
    }

    private static List<Syllable> parse(String token) {
        List<Syllable> out = new ArrayList<>();
        @Nullable Syllable cur = null;
        boolean coeng = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (KhmerLetters.isConsonant(c) && coeng && cur != null && !cur.independent) {
                cur.subs.append(c);
            } else if (KhmerLetters.isConsonant(c) || c >= '\u17A3' && c <= '\u17B3') {
                cur = new Syllable(c, !KhmerLetters.isConsonant(c));
                out.add(cur);
            } else if (cur != null) {
                modify(cur, c);
            }
            coeng = c == KhmerLetters.COENG;
        }
        return out;
    }

    private static void modify(Syllable s, char c) {
        if (c == KhmerLetters.MUUSIKATOAN || c == KhmerLetters.TRIISAP) {
            s.oSeries = c == KhmerLetters.TRIISAP;
            s.seriesForced = true;
        } else if (c == '\u17C7') {
            s.aspirated = true;
        } else if (c == KhmerLetters.TOANDAKHIAT) {
            silenceLast(s);
        } else if (KhmerLetters.isDependentVowel(c)) {
            s.vowel.append(c);
        }
    }

    /** The toandakhiat (៍) makes the last consonant written silent, as the Thai thanthakhat does. */
    private static void silenceLast(Syllable s) {
        if (!s.subs.isEmpty()) {
            s.subs.setLength(s.subs.length() - 1);
        } else {
            s.merged = true;
        }
    }

    /**
     * A bare consonant after an open syllable closes it (សម = sam); a consonant with a subscript inside a
     * word is split, the consonant closing the previous syllable and the subscript opening the next.
     */
    private static void attachCodas(List<Syllable> syllables) {
        for (int i = 1; i < syllables.size(); i++) {
            Syllable prev = syllables.get(i - 1);
            Syllable s = syllables.get(i);
            if (prev.coda != 0 || prev.merged || s.independent || s.merged) {
                continue;
            }
            if (s.vowel.isEmpty() && s.subs.isEmpty() && !s.aspirated && closesPrevious(syllables, i)) {
                prev.coda = s.base;
                s.merged = true;
            } else if (s.vowel.isEmpty() && s.subs.isEmpty() && !s.aspirated) {
                s.flexible = true;
            } else if (!s.subs.isEmpty()) {
                prev.coda = s.base;
                s.base = s.subs.charAt(0);
                s.subs.deleteCharAt(0);
                s.fromSplit = true;
                if (!s.seriesForced) {
                    s.oSeries = KhmerLetters.isOSeries(s.base);
                }
            }
        }
    }

    /**
     * A bare consonant closes the previous syllable at the end of a word or before another bare one; before a
     * written vowel it may instead carry the inherent vowel (សីហមុនី = si-ha-mo-ni), so that case stays open.
     */
    private static boolean closesPrevious(List<Syllable> syllables, int i) {
        if (i == syllables.size() - 1) {
            return true;
        }
        Syllable next = syllables.get(i + 1);
        return next.vowel.isEmpty() && next.subs.isEmpty() && !next.independent;
    }

    private static void emit(Syllable s, boolean last, Spelling out) {
        if (s.merged) {
            return;
        }
        if (s.independent) {
            out.add(KhmerLetters.independent(s.base));
        } else if (last && s.fromSplit && s.vowel.isEmpty() && s.coda == 0) {
            out.add("", KhmerLetters.initial(s.base)[0]);
            return;
        } else {
            out.add(initial(s));
            String[] vowel = KhmerVowels.of(s.vowel.toString(), s.oSeries, s.coda != 0);
            out.add(s.flexible ? new String[] {vowel[0], "", vowel[1]} : vowel);
        }
        if (s.coda != 0) {
            out.add(KhmerLetters.finalOf(s.coda));
        }
        if (s.aspirated) {
            out.add("h", "");
        }
    }

    private static String[] initial(Syllable s) {
        String[] heads = KhmerLetters.initial(s.base);
        if (s.subs.isEmpty()) {
            return heads;
        }
        if (s.base == 'ប') {
            heads = new String[] {"p", "b"};
        }
        StringBuilder tail = new StringBuilder();
        for (int i = 0; i < s.subs.length(); i++) {
            tail.append(KhmerLetters.initial(s.subs.charAt(i))[0]);
        }
        String[] out = new String[heads.length];
        for (int i = 0; i < heads.length; i++) {
            out[i] = heads[i] + tail;
        }
        return out;
    }
}
