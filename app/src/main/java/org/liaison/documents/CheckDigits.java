package org.liaison.documents;

/** The weighted sums of ICAO 9303 part 3, 4.9, over one field or the segments of a composite. */
final class CheckDigits {

    private static final int[] WEIGHTS = { 7, 3, 1 };

    private CheckDigits() {
    }

    /** The weighted sum of {@code value[from, to)}, its first character weighted as position {@code position}. */
    static int sum(CharSequence value, int from, int to, int position) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
            sum += v * WEIGHTS[(position + i - from) % 3];
        }
        return sum;
    }

    /** Whether {@code digit} verifies {@code value[from, to)}; a filler verifies a field of fillers only. */
    static boolean verifies(CharSequence value, int from, int to, char digit) {
        if (digit == '<') {
            for (int i = from; i < to; i++) {
                if (value.charAt(i) != '<') {
                    return false;
                }
            }
            return true;
        }
        return digit >= '0' && digit <= '9' && sum(value, from, to, 0) % 10 == digit - '0';
    }
}
