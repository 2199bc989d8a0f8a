package org.liaison.matching;

/** Rule-based romanization of one token of a Southeast Asian script into plausible Latin spellings. */
interface Romanizer {

    /** Bounded so that a many-syllable name cannot multiply into thousands of keys. */
    int MAX_VARIANTS = 8;

    /** Lower-case ASCII spellings, most likely first, never empty. */
    String[] romanize(String token);

    static Romanizer of(Script script) {
        return switch (script) {
            case KHMER -> KhmerRomanizer.INSTANCE;
            case LAO -> LaoRomanizer.INSTANCE;
            case THAI -> ThaiRomanizer.INSTANCE;
            default -> token -> new String[] {token};
        };
    }
}
