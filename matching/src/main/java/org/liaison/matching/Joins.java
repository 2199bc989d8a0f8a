package org.liaison.matching;

import java.util.List;

/**
 * Names split or run together differently on two documents ("ISABE LLA" / "ISABELLA", "ABDUL RAHMAN" /
 * "ABDULRAHMAN"): after the one-to-one pairing, two adjacent unpaired tokens on one side are joined and
 * compared with an unpaired token on the other.
 */
final class Joins {

    private static final double MIN_JOINED = 0.88;
    /** A token matched this well alone is not tried against joined pairs (that costs a concatenation each). */
    private static final double WELL_MATCHED = 0.97;

    private Joins() {
    }

    /**
     * Before pairing: a query token that matches two adjacent entry tokens written together better than
     * either alone (ສຸວັນນະພູມາ → "souvannaphouma" against SOUVANNA PHOUMA) takes both.
     */
    static void splitEntries(List<Token> query, int[] entry, Vocabulary vocabulary, double[] sims, int[] paired,
                             int[] also, double[] pairSim, boolean[] entryUsed, boolean[] joined) {
        int m = entry.length;
        for (int i = 0; i < query.size() && m > 1; i++) {
            if (rowMax(sims, i, m) >= WELL_MATCHED) {
                continue;
            }
            for (int j = 0; j + 1 < m; j++) {
                if (entryUsed[j] || entryUsed[j + 1] || query.get(i).isInitial()) {
                    continue;
                }
                String both = vocabulary.token(entry[j]).forms()[0] + vocabulary.token(entry[j + 1]).forms()[0];
                double s = TokenSimilarity.best(query.get(i), both, MIN_JOINED);
                if (s >= MIN_JOINED && s > sims[i * m + j] && s > sims[i * m + j + 1]) {
                    pair(i, j, s, paired, pairSim, entryUsed, joined);
                    also[i] = j + 1;
                    entryUsed[j + 1] = true;
                    break;
                }
            }
        }
    }

    /** After pairing: two adjacent unpaired query tokens joined against one unpaired entry token. */
    static void joinQuery(List<Token> query, int[] entry, Vocabulary vocabulary, int[] paired, double[] pairSim,
                          boolean[] entryUsed, boolean[] joined) {
        for (int i = 0; i + 1 < query.size(); i++) {
            if (paired[i] >= 0 || paired[i + 1] >= 0) {
                continue;
            }
            String both = query.get(i).forms()[0] + query.get(i + 1).forms()[0];
            int j = bestUnused(both, entry, vocabulary, entryUsed);
            if (j >= 0) {
                double s = TokenSimilarity.best(vocabulary.token(entry[j]), both, MIN_JOINED);
                pair(i, j, s, paired, pairSim, entryUsed, joined);
                pair(i + 1, j, s, paired, pairSim, entryUsed, joined);
            }
        }
    }

    private static double rowMax(double[] sims, int i, int m) {
        double max = 0;
        for (int j = 0; j < m; j++) {
            max = Math.max(max, sims[i * m + j]);
        }
        return max;
    }

    private static int bestUnused(String joinedForm, int[] entry, Vocabulary vocabulary, boolean[] entryUsed) {
        int best = -1;
        double bestSim = MIN_JOINED;
        for (int j = 0; j < entry.length; j++) {
            double s = entryUsed[j] ? 0 : TokenSimilarity.best(vocabulary.token(entry[j]), joinedForm, MIN_JOINED);
            if (s >= bestSim) {
                best = j;
                bestSim = s;
            }
        }
        return best;
    }

    private static void pair(int i, int j, double s, int[] paired, double[] pairSim, boolean[] entryUsed,
                             boolean[] joined) {
        paired[i] = j;
        pairSim[i] = s;
        entryUsed[j] = true;
        joined[i] = true;
    }
}
