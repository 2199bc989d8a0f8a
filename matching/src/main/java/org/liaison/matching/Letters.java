package org.liaison.matching;

/**
 * Letter values for the Tai syllable parser shared by Thai and Lao: the two alphabets descend from the same
 * source and Unicode lays the Lao block out in parallel to the Thai one, so Lao is parsed as Thai letters
 * with its own Latin values.
 */
interface Letters {

    String[] initial(char c);

    String[] finalOf(char c);

    /** The spellings of a vowel; {@code thai} is the RTGS value followed by Thai passport variants. */
    default String[] vowel(String... thai) {
        return thai;
    }

    /** Whether passports write a linking "a" after a word-internal final (Thai Shinawatra; not Lao). */
    default boolean linksSyllables() {
        return true;
    }
}
