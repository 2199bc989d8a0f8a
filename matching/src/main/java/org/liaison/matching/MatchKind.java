package org.liaison.matching;

/** How a query token was matched to an entry token. */
public enum MatchKind {
    /** Same text after case folding and NFKC. */
    EXACT,
    /** Same letters once diacritics are removed (Nguyễn ~ Nguyen). */
    DIACRITIC_FOLDED,
    /** One side was romanized from Khmer script. */
    ROMANIZED_FROM_KHMER,
    /** One side was romanized from Lao script. */
    ROMANIZED_FROM_LAO,
    /** One side was romanized from Thai script. */
    ROMANIZED_FROM_THAI,
    /** Similar spelling, see the edit distance. */
    FUZZY,
    /** A single letter matching the first letter of a name (A. ~ Abdul). */
    INITIAL,
    /** One side was written in another script and romanized by an ICU transliterator, named in the pair. */
    TRANSLITERATED,
    /** A given name and its short form (Bill / William, Mohd / Mohammed). */
    NICKNAME,
    /** Tokens joined or split differently (Abdul Rahman ~ Abdulrahman). */
    JOINED
}
