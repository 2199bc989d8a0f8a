package org.liaison.matching;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The components of a hit's score. Attribute components are signed adjustments added to the name score.
 *
 * @param tokens token pairs, strongest first
 * @param unmatchedQueryTokens query tokens nothing matched
 * @param unmatchedEntryTokens entry tokens nothing matched
 * @param nameScore 0..1 token-aware name similarity
 * @param dateOfBirth adjustment for date of birth (exact, year only, day and month transposed, different)
 * @param nationality adjustment for nationality
 * @param gender adjustment for gender
 * @param documents adjustment for document numbers
 * @param identifiers adjustment because identifiers agree or disagree together (the same document number and
 *     date of birth raise the score to a floor, a different date of birth and different documents lower it),
 *     so that the components always add up to the hit's score
 */
public record Explanation(List<TokenMatch> tokens, List<String> unmatchedQueryTokens,
                          List<String> unmatchedEntryTokens, double nameScore, double dateOfBirth,
                          double nationality, double gender, double documents, double identifiers) {

    public Explanation {
        tokens = List.copyOf(tokens);
        unmatchedQueryTokens = List.copyOf(unmatchedQueryTokens);
        unmatchedEntryTokens = List.copyOf(unmatchedEntryTokens);
    }

    /** Without an identifier adjustment. */
    public Explanation(List<TokenMatch> tokens, List<String> unmatchedQueryTokens, List<String> unmatchedEntryTokens,
                       double nameScore, double dateOfBirth, double nationality, double gender, double documents) {
        this(tokens, unmatchedQueryTokens, unmatchedEntryTokens, nameScore, dateOfBirth, nationality, gender,
                documents, 0);
    }

    /** A one-line human-readable account, e.g. for an officer's screen or an audit record. */
    public String summary() {
        String pairs = tokens.stream()
                .map(t -> "%s→%s %s %.2f".formatted(t.queryToken(), t.entryToken(), t.kind(), t.similarity())
                        + (t.transliteration().isEmpty() ? "" : " via " + t.transliteration()))
                .collect(Collectors.joining(", "));
        return "name %.2f [%s] dob %+.2f nationality %+.2f gender %+.2f documents %+.2f".formatted(
                nameScore, pairs, dateOfBirth, nationality, gender, documents)
                + (identifiers == 0 ? "" : " identifiers together %+.2f".formatted(identifiers));
    }
}
