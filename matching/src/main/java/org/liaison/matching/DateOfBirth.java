package org.liaison.matching;

import org.jspecify.annotations.Nullable;

/**
 * Dates of birth as {@code yyyymmdd} ints (0 unknown, {@code yyyy0000} for a year alone): watchlists often
 * know only the year, and clerks swap day and month between the European and American orders.
 */
final class DateOfBirth {

    /** Adjustment for day and month agreeing, possibly transposed. */
    static final double SAME_DAY = 0.06;

    private DateOfBirth() {
    }

    static int parse(@Nullable String text) {
        if (text == null) {
            return 0;
        }
        String digits = text.replaceAll("[^0-9]", "");
        try {
            if (digits.length() == 4) {
                return Integer.parseInt(digits) * 10000;
            }
            if (digits.length() == 8 && text.matches("\\d{1,2}\\D\\d{1,2}\\D\\d{4}.*")) {
                return Integer.parseInt(digits.substring(4)) * 10000 + Integer.parseInt(digits.substring(2, 4)) * 100
                        + Integer.parseInt(digits.substring(0, 2));
            }
            return digits.length() == 8 ? Integer.parseInt(digits) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Score adjustment: positive for agreement, a small penalty for a contradiction (watchlists carry wrong
     * and approximate dates, so a different date must not outvote a matching name), 0 when either is unknown.
     */
    static double compare(int query, int entry) {
        if (query == 0 || entry == 0) {
            return 0;
        }
        int qy = query / 10000;
        int ey = entry / 10000;
        int yearGap = Math.abs(qy - ey);
        if (query % 10000 == 0 || entry % 10000 == 0) {
            return yearGap == 0 ? 0.05 : yearGap <= 2 ? -0.02 : -0.05;
        }
        if (query == entry) {
            return 0.08;
        }
        if (qy == ey && query % 100 == entry / 100 % 100 && query / 100 % 100 == entry % 100) {
            return SAME_DAY;
        }
        if (Similarity.editDistance(Integer.toString(query), Integer.toString(entry), 1) <= 1) {
            return 0.03;
        }
        return yearGap == 0 ? 0.01 : yearGap <= 2 ? -0.02 : -0.05;
    }
}
