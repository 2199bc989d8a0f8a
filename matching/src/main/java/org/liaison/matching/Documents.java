package org.liaison.matching;

/**
 * Document numbers compared the way an MRZ is read: letters and digits only, a trailing ICAO 9303 check digit
 * stripped when it verifies, and the characters OCR confuses (O/0, I/1, S/5, B/8, Z/2) made equal.
 */
final class Documents {

    /** Adjustment for numbers equal up to OCR confusions; an exact match scores more. */
    static final double SAME_NUMBER = 0.2;
    private static final int[] WEIGHTS = {7, 3, 1};

    private Documents() {
    }

    static String canonical(String number) {
        StringBuilder b = new StringBuilder(number.length());
        for (int i = 0; i < number.length() && b.length() < 40; i++) {
            char c = Character.toUpperCase(number.charAt(i));
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        String s = b.toString();
        if (s.length() >= 7 && Character.isDigit(s.charAt(s.length() - 1))
                && checkDigit(s.substring(0, s.length() - 1)) == s.charAt(s.length() - 1) - '0') {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** ICAO 9303 part 3: digits as is, A=10..Z=35, filler 0, weights 7 3 1 repeating, modulo 10. */
    static int checkDigit(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += v * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    static String confusable(String canonical) {
        StringBuilder b = new StringBuilder(canonical.length());
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            b.append(switch (c) {
                case 'O', 'Q', 'D' -> '0';
                case 'I', 'L' -> '1';
                case 'S' -> '5';
                case 'B' -> '8';
                case 'Z' -> '2';
                default -> c;
            });
        }
        return b.toString();
    }

    /** Best agreement between any query document and any entry document. */
    static double compare(String[] query, String[] entry) {
        if (query.length == 0 || entry.length == 0) {
            return 0;
        }
        double best = -0.05;
        for (String q : query) {
            for (String e : entry) {
                best = Math.max(best, pair(q, e));
            }
        }
        return best;
    }

    private static double pair(String q, String e) {
        if (q.isEmpty() || e.isEmpty()) {
            return 0;
        }
        if (q.equals(e)) {
            return 0.25;
        }
        String cq = confusable(q);
        String ce = confusable(e);
        if (cq.equals(ce)) {
            return SAME_NUMBER;
        }
        return q.length() >= 6 && Similarity.editDistance(cq, ce, 1) <= 1 ? 0.1 : -0.05;
    }
}
