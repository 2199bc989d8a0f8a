package org.liaison.matching;

/**
 * One query token paired with one entry token.
 *
 * @param queryToken the query token as normalised
 * @param entryToken the entry token as normalised
 * @param kind how they matched
 * @param similarity 0..1
 * @param editDistance edits between the compared Latin forms (0 for exact)
 * @param weak whether the token is a title, particle or honorific and weighs little
 * @param transliteration the ICU transliterator that romanized a side (e.g. {@code Han-Latin/Names; Latin-ASCII}),
 *     empty when neither side needed one or the library's own Khmer, Lao or Thai rules did it
 */
public record TokenMatch(String queryToken, String entryToken, MatchKind kind, double similarity,
                         int editDistance, boolean weak, String transliteration) {

    /** Without a transliteration. */
    public TokenMatch(String queryToken, String entryToken, MatchKind kind, double similarity, int editDistance,
                      boolean weak) {
        this(queryToken, entryToken, kind, similarity, editDistance, weak, "");
    }
}
