package org.liaison.matching;

/**
 * Similarity of two tokens: the best Jaro-Winkler over their Latin forms (so a Lao token's eight
 * romanizations all get their chance), with initials matching names that start with that letter.
 */
final class TokenSimilarity {

    /** An initial is good evidence but not as good as the name spelled out. */
    static final double INITIAL = 0.88;
    /** Same letters, different diacritics (Ân / An): a match, but the exact spelling should rank first. */
    static final double FOLDED = 0.98;
    /** A name and its short form (Bill / William, Mohd / Mohammed), compared exactly. */
    static final double NICKNAME = 0.9;
    /** Spellings compared per side when both tokens are romanized. */
    static final int ROMANIZED_FORMS = 3;

    private TokenSimilarity() {
    }

    /** The similarity, or at most {@link NameScorer#MIN_PAIR} for tokens too different to pair. */
    static double of(Token q, Token e) {
        if (q.text().equals(e.text())) {
            return 1;
        }
        if (q.isInitial() || e.isInitial()) {
            return initial(q, e);
        }
        if ((q.script() == Script.OTHER || e.script() == Script.OTHER) && (abjad(q) || abjad(e))) {
            return abjad(q, e);
        }
        boolean latin = q.script() == Script.LATIN && e.script() == Script.LATIN;
        // an ICU transliteration is one spelling, not a set of guesses: compared as strictly as two Latin ones
        boolean strict = latin || q.script() == Script.OTHER || e.script() == Script.OTHER;
        double syllabic = syllabic(q) || syllabic(e) ? SYLLABIC : 1;
        // two romanized tokens: their likeliest spellings meet if the names do; the alternatives are kept to meet
        // Latin spellings from other sources, and between two romanized tokens would only make names look alike
        boolean romanized = bothRomanized(q, e);
        // a Latin token's nicknames meet other Latin tokens only, never a romanization's looser spellings
        int qForms = q.script() == Script.LATIN && !latin ? 1 : formsToCompare(q, romanized);
        int eForms = e.script() == Script.LATIN && !latin ? 1 : formsToCompare(e, romanized);
        double best = 0;
        for (int a = 0; a < qForms; a++) {
            String fq = q.forms()[a];
            for (int b = 0; b < eForms; b++) {
                String fe = e.forms()[b];
                if (latin && (a > 0 || b > 0)) {
                    // a Latin token's other forms are its nicknames: they count only when spelled exactly
                    if (fq.equals(fe) && NICKNAME > best) {
                        best = NICKNAME;
                    }
                    continue;
                }
                if (!fq.equals(fe) && Similarity.jaroWinklerBound(fq, q.letters()[a], fe, e.letters()[b])
                        < Math.max(latin ? 0 : best, NameScorer.MIN_PAIR)) {
                    continue; // cannot pair, or cannot beat a better spelling: not worth a Jaro-Winkler
                }
                double s = fq.equals(fe) ? (latin ? FOLDED : 1)
                        : strict ? syllabic * latin(fq, fe) : Similarity.jaroWinkler(fq, fe);
                if (s > best) {
                    best = s;
                    if (s == 1) {
                        return 1;
                    }
                }
            }
        }
        return best;
    }

    /** Same consonant skeleton: a match, not as strong as a spelling (Arabic script leaves the vowels out). */
    static final double SAME_SKELETON = 0.86;
    /** Two consonants only (معمر, Muammar): weaker evidence. */
    static final double SHORT_SKELETON = 0.83;

    /**
     * Chinese and Korean names are short syllables whose romanizations vary systematically, not by typing slips:
     * one letter apart is usually another syllable (pyong / yong), so a near spelling counts less.
     */
    static final double SYLLABIC = 0.88;

    private static boolean syllabic(Token t) {
        if (t.script() != Script.OTHER) {
            return false;
        }
        Transliteration.System s = Transliteration.systemOf(t.text());
        return s == Transliteration.System.HAN || s == Transliteration.System.HANGUL;
    }

    private static boolean abjad(Token t) {
        return t.script() == Script.OTHER && Transliteration.isAbjad(t.text());
    }

    /**
     * A name written in Arabic or Hebrew script against any other: their consonant skeletons compared, as a
     * reader of both would (محمد ~ Mohamed ~ Muhammad), or their spellings if those are closer.
     */
    private static double abjad(Token q, Token e) {
        double best = 0;
        for (String fq : q.forms()) {
            String sq = Transliteration.abjadSkeleton(fq);
            for (String fe : e.forms()) {
                String se = Transliteration.abjadSkeleton(fe);
                double s = fq.equals(fe) ? 1 : latin(fq, fe);
                if (!sq.isEmpty() && sq.equals(se)) {
                    s = Math.max(s, sq.length() >= 3 ? SAME_SKELETON
                            : sq.length() == 2 ? SHORT_SKELETON : NameScorer.MIN_PAIR + 0.02);
                }
                best = Math.max(best, s);
            }
        }
        return best;
    }

    private static boolean bothRomanized(Token q, Token e) {
        return q.script() != Script.LATIN && e.script() != Script.LATIN && q.forms().length > 1
                && e.forms().length > 1;
    }

    private static int formsToCompare(Token token, boolean bothRomanized) {
        return bothRomanized ? Math.min(ROMANIZED_FORMS, token.forms().length) : token.forms().length;
    }

    /**
     * Between two Latin spellings Jaro-Winkler alone is too kind to short tokens sharing a prefix (RI ~ RICKY
     * scores 0.84), so it is averaged with the edit-distance similarity; romanizations keep plain
     * Jaro-Winkler because their spellings legitimately differ by several letters (rangsi ~ rainsy).
     */
    static double latin(String a, String b) {
        double jw = Similarity.jaroWinkler(a, b);
        if (jw < NameScorer.MIN_PAIR) {
            return jw;
        }
        int longest = Math.max(a.length(), b.length());
        int distance = Similarity.editDistance(a, b, longest);
        return 0.5 * jw + 0.5 * (1 - (double) distance / longest);
    }

    /**
     * The best similarity between any form of a token and a Latin string (a joined pair of tokens, half a
     * token); exact from {@code floor} up, possibly lower below it (spellings that cannot reach it are skipped).
     */
    static double best(Token token, String latinForm, double floor) {
        boolean latin = token.script() == Script.LATIN || token.script() == Script.OTHER;
        double syllabic = syllabic(token) ? SYLLABIC : 1;
        int letters = Similarity.letters(latinForm);
        double best = 0;
        for (int f = 0; f < (token.script() == Script.LATIN ? 1 : token.forms().length); f++) {
            String form = token.forms()[f];
            double bound = Similarity.jaroWinklerBound(form, token.letters()[f], latinForm, letters);
            if (latin ? bound < Math.min(floor, NameScorer.MIN_PAIR) : bound < Math.max(floor, best)) {
                continue;
            }
            best = Math.max(best, form.equals(latinForm) ? 1
                    : latin ? syllabic * latin(form, latinForm) : Similarity.jaroWinkler(form, latinForm));
        }
        return best;
    }

    private static double initial(Token q, Token e) {
        if (q.isInitial() && e.isInitial()) {
            return q.forms()[0].equals(e.forms()[0]) ? 1 : 0;
        }
        Token letter = q.isInitial() ? q : e;
        Token name = q.isInitial() ? e : q;
        char c = letter.forms()[0].charAt(0);
        for (String form : name.forms()) {
            if (!form.isEmpty() && form.charAt(0) == c) {
                return INITIAL;
            }
        }
        return 0;
    }

    /** The pair as an officer should read it: how it matched and by how many edits. */
    static TokenMatch explain(Token q, Token e, double similarity) {
        String bestQ = q.forms()[0];
        String bestE = e.forms()[0];
        double best = -1;
        boolean romanized = bothRomanized(q, e);
        for (int a = 0; a < formsToCompare(q, romanized); a++) {
            String fq = q.forms()[a];
            for (int b = 0; b < formsToCompare(e, romanized); b++) {
                String fe = e.forms()[b];
                double s = fq.equals(fe) ? 1 : Similarity.jaroWinkler(fq, fe);
                if (s > best) {
                    best = s;
                    bestQ = fq;
                    bestE = fe;
                }
            }
        }
        int distance = Similarity.editDistance(bestQ, bestE, 9);
        String via = Transliteration.describe(q);
        if (via == null) {
            via = Transliteration.describe(e);
        }
        return new TokenMatch(q.text(), e.text(), kind(q, e, similarity, distance), similarity, distance,
                q.weak() || e.weak(), via == null ? "" : via);
    }

    private static MatchKind kind(Token q, Token e, double similarity, int distance) {
        if (q.text().equals(e.text())) {
            return MatchKind.EXACT;
        }
        if (q.script() == Script.LATIN && e.script() == Script.LATIN && !q.forms()[0].equals(e.forms()[0])
                && (java.util.Arrays.asList(q.forms()).contains(e.forms()[0])
                    || java.util.Arrays.asList(e.forms()).contains(q.forms()[0]))) {
            return MatchKind.NICKNAME;
        }
        if (q.isInitial() != e.isInitial()) {
            return MatchKind.INITIAL;
        }
        if (q.script() != Script.LATIN) {
            return q.script().romanizedKind();
        }
        if (e.script() != Script.LATIN) {
            return e.script().romanizedKind();
        }
        if (distance == 0) {
            return q.hasDiacritics() || e.hasDiacritics() ? MatchKind.DIACRITIC_FOLDED : MatchKind.EXACT;
        }
        return MatchKind.FUZZY;
    }
}
