package org.liaison.screening;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.matching.Explanation;

/**
 * One line of a hit's score explanation, kept as data so that pages can render it in the officer's language
 * rather than show the matching library's one-line summary.
 *
 * @param factor what was compared
 * @param compared the compared values where they are the point (a token pair, a listed number); null otherwise
 * @param how how it compared: a {@link org.liaison.matching.MatchKind} name for a token pair, else one of
 *        {@code UNMATCHED}, {@code SIMILARITY}, {@code AGREES}, {@code DIFFERS}, {@code NO_EFFECT}, {@code LISTED}
 * @param similarity 0..1 for a token pair
 * @param contribution what the factor added to the score; null for token pairs, which make up the name's part
 */
public record ScoreFactor(Factor factor, @Nullable String compared, String how, @Nullable Double similarity,
                          @Nullable Double contribution) {

    /** What a line of the explanation is about. */
    public enum Factor {
        NAME_TOKEN, UNMATCHED_TOKEN, NAME, DATE_OF_BIRTH, NATIONALITY, GENDER, DOCUMENTS, IDENTIFIERS,
        DOCUMENT_LISTED, PLATE_LISTED
    }

    /** The lines of a name match: each token pair, each query token left over, then each component. */
    public static List<ScoreFactor> of(Explanation explanation) {
        var factors = new ArrayList<ScoreFactor>();
        explanation.tokens().forEach(t -> factors.add(new ScoreFactor(Factor.NAME_TOKEN,
                t.queryToken() + " ↔ " + t.entryToken()
                        + (t.transliteration().isEmpty() ? "" : " (" + t.transliteration() + ")"),
                t.kind().name(), t.similarity(), null)));
        explanation.unmatchedQueryTokens().forEach(t ->
                factors.add(new ScoreFactor(Factor.UNMATCHED_TOKEN, t, "UNMATCHED", null, null)));
        factors.add(new ScoreFactor(Factor.NAME, null, "SIMILARITY", null, explanation.nameScore()));
        factors.add(adjustment(Factor.DATE_OF_BIRTH, explanation.dateOfBirth()));
        factors.add(adjustment(Factor.NATIONALITY, explanation.nationality()));
        factors.add(adjustment(Factor.GENDER, explanation.gender()));
        factors.add(adjustment(Factor.DOCUMENTS, explanation.documents()));
        if (explanation.identifiers() != 0) {
            factors.add(adjustment(Factor.IDENTIFIERS, explanation.identifiers()));
        }
        return List.copyOf(factors);
    }

    /** The single line of a document number or plate found listed in an alert. */
    public static ScoreFactor listed(PossibleMatch.MatchedOn on, String number) {
        return new ScoreFactor(on == PossibleMatch.MatchedOn.PLATE ? Factor.PLATE_LISTED : Factor.DOCUMENT_LISTED,
                number, "LISTED", null, 1.0);
    }

    private static ScoreFactor adjustment(Factor factor, double value) {
        return new ScoreFactor(factor, null, value > 0 ? "AGREES" : value < 0 ? "DIFFERS" : "NO_EFFECT", null, value);
    }
}
