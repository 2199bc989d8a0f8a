package org.liaison.prisoners;

import java.time.Period;

/** A stretch of a sentence, as years, months and days for people and as a count of days for sums. */
public record Term(Period period, long days) {

    public static final Term NONE = new Term(Period.ZERO, 0);

    public boolean over() {
        return days <= 0;
    }
}
