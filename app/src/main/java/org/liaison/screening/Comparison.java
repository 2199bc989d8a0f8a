package org.liaison.screening;

import java.util.List;

/**
 * How alike two names are, explained as a screening hit is.
 *
 * @param score 0..1, on the same scale as a screening hit's
 * @param threshold the node's threshold for a possible match
 * @param possibleMatch whether the score reaches the threshold
 * @param factors the explanation, line by line (token pairs with how they matched, then each component)
 * @param summary the matching library's one-line account (for logs and machines; pages render the factors)
 */
public record Comparison(double score, double threshold, boolean possibleMatch, List<ScoreFactor> factors,
                         String summary) {
}
