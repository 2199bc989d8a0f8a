package org.liaison.matching;

/**
 * String similarity written here rather than taken from a library: it must be allocation-free on the hot path
 * (names are short, so the Jaro match flags fit in two longs) and the library must stay dependency-free.
 */
final class Similarity {

    private static final int MAX_FAST = 64;

    private Similarity() {
    }

    /** Jaro-Winkler (prefix scale 0.1, at most 4 prefix characters), as in Winkler 1990. */
    static double jaroWinkler(String a, String b) {
        double jaro = jaro(a, b);
        if (jaro < 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /**
     * An upper bound on {@link #jaroWinkler} at a third of its cost: a character can only be matched if its letter
     * occurs in the other string, so the letters the two share bound the matches. Used to skip pairs that cannot
     * reach a useful similarity (letters are folded into 32 bits; a collision only loosens the bound).
     */
    static double jaroWinklerBound(String a, String b) {
        return jaroWinklerBound(a, letters(a), b, letters(b));
    }

    /** The bound with both strings' {@link #letters} masks known. */
    static double jaroWinklerBound(String a, int lettersA, String b, int lettersB) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0 || la > MAX_FAST || lb > MAX_FAST) {
            return 1;
        }
        int shared = Math.min(countIn(a, lettersB), countIn(b, lettersA));
        if (shared == 0) {
            return 0;
        }
        double jaro = Math.min(1, (shared / (double) la + shared / (double) lb + 1) / 3);
        if (jaro < 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, Math.min(la, lb));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** One bit per letter present (folded into 32 bits). */
    static int letters(String s) {
        int mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= 1 << (s.charAt(i) & 31);
        }
        return mask;
    }

    static int[] letters(String[] forms) {
        int[] masks = new int[forms.length];
        for (int f = 0; f < forms.length; f++) {
            masks[f] = letters(forms[f]);
        }
        return masks;
    }

    private static int countIn(String s, int mask) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += mask >>> (s.charAt(i) & 31) & 1;
        }
        return n;
    }

    static double jaro(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0;
        }
        if (la > MAX_FAST || lb > MAX_FAST) {
            return jaro(a.substring(0, Math.min(la, MAX_FAST)), b.substring(0, Math.min(lb, MAX_FAST)));
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long flagsA = 0;
        long flagsB = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int end = Math.min(lb, i + window + 1);
            for (int j = Math.max(0, i - window); j < end; j++) {
                if ((flagsB & (1L << j)) == 0 && b.charAt(j) == c) {
                    flagsA |= 1L << i;
                    flagsB |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = transpositions(a, b, flagsA, flagsB);
        double m = matches;
        return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    }

    /** Matched characters out of order, visiting only the set flags (m steps rather than the whole strings). */
    private static int transpositions(String a, String b, long flagsA, long flagsB) {
        int t = 0;
        for (long fa = flagsA, fb = flagsB; fa != 0; fa &= fa - 1, fb &= fb - 1) {
            if (a.charAt(Long.numberOfTrailingZeros(fa)) != b.charAt(Long.numberOfTrailingZeros(fb))) {
                t++;
            }
        }
        return t;
    }

    /**
     * Optimal-string-alignment distance (Damerau: adjacent transpositions count once), because typists and
     * OCR swap neighbours; returns {@code max + 1} as soon as the distance must exceed {@code max}.
     */
    static int editDistance(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[lb], max + 1);
    }
}
