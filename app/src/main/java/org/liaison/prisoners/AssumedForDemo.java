package org.liaison.prisoners;

/**
 * The mark every demo record carries where it rests on an assumption rather than on the seed article (names,
 * offences, sentences, rules, chains): the article only says that Cambodia would send some Lao and Thai prisoners
 * home before Khmer New Year 2023, as humanitarian work.
 */
public final class AssumedForDemo {

    /** Written into the records' free-text fields, so the assumption shows wherever the record does. */
    public static final String MARK = "[assumed for the demo]";

    private AssumedForDemo() {
    }
}
