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
 */
public record TokenMatch(String queryToken, String entryToken, MatchKind kind, double similarity,
                         int editDistance, boolean weak) {
}
