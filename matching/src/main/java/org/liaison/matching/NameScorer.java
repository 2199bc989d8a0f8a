package org.liaison.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Token-aware name similarity: query and entry tokens are paired greedily by similarity (order-free, so
 * "SALEK ABDULHAI" meets "ABDULHAI SALEK"), titles weigh little, and the score averages how much of the query
 * and how much of the entry is covered, so a dropped or an extra name costs only its share.
 */
final class NameScorer {

    static final double MIN_PAIR = 0.78;
    private static final double WEAK = 0.2;
    private static final double INITIAL = 0.5;
    private static final double ORDER_PENALTY = 0.01;
    /** A patronymic chain paired out of order. */
    static final double PATRONYMIC_ORDER = 0.25;
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("bin", "ibn", "bint", "binti", "ben",
            "bte", "ابن", "بن", "بنت", "бен");

    /** Similarities between query token i and entry token j, supplied by the caller's cache. */
    interface Pairs {
        double similarity(int queryToken, int entryTerm);
    }

    /**
     * Result of pairing: the score and, per query token, the paired entry position or -1, a second entry
     * position when the query token matched two entry tokens written together, and whether it was joined.
     */
    record Result(double score, int[] pairedWith, int[] alsoWith, double[] similarity, boolean[] joined) {
    }

    private NameScorer() {
    }

    static Result score(List<Token> query, int[] entry, Vocabulary vocabulary, Pairs pairs) {
        return score(query, entry, vocabulary, pairs, false);
    }

    /** For an organisation, tokens weigh by how rare they are among the indexed names ({@link #organisationWeight}). */
    static Result score(List<Token> query, int[] entry, Vocabulary vocabulary, Pairs pairs, boolean organisation) {
        int n = query.size();
        int m = entry.length;
        double[] sims = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sims[i * m + j] = pairs.similarity(i, entry[j]);
            }
        }
        int[] paired = new int[n];
        double[] pairSim = new double[n];
        boolean[] entryUsed = new boolean[m];
        int[] also = new int[n];
        boolean[] joined = new boolean[n];
        java.util.Arrays.fill(paired, -1);
        java.util.Arrays.fill(also, -1);
        Joins.splitEntries(query, entry, vocabulary, sims, paired, also, pairSim, entryUsed, joined);
        assign(sims, n, m, paired, pairSim, entryUsed);
        Joins.joinQuery(query, entry, vocabulary, paired, pairSim, entryUsed, joined);
        return new Result(coverage(query, entry, vocabulary, paired, also, pairSim, organisation), paired, also, pairSim,
                joined);
    }

    private static void assign(double[] sims, int n, int m, int[] paired, double[] pairSim, boolean[] used) {
        for (int round = 0; round < Math.min(n, m); round++) {
            int best = -1;
            for (int k = 0; k < sims.length; k++) {
                if (paired[k / m] < 0 && !used[k % m] && sims[k] >= MIN_PAIR && (best < 0 || sims[k] > sims[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                return;
            }
            paired[best / m] = best % m;
            pairSim[best / m] = sims[best];
            used[best % m] = true;
        }
    }

    private static double coverage(List<Token> query, int[] entry, Vocabulary vocabulary, int[] paired, int[] also,
                                   double[] pairSim, boolean organisation) {
        double qWeight = 0;
        double qCovered = 0;
        double[] entryCovered = new double[entry.length];
        for (int i = 0; i < query.size(); i++) {
            double w = organisation ? organisationWeight(query.get(i), vocabulary) : weight(query.get(i));
            qWeight += w;
            if (paired[i] >= 0) {
                qCovered += w * pairSim[i];
                entryCovered[paired[i]] = pairSim[i];
                if (also[i] >= 0) {
                    entryCovered[also[i]] = pairSim[i];
                }
            }
        }
        double eWeight = 0;
        double eCovered = 0;
        for (int j = 0; j < entry.length; j++) {
            double w = organisation ? organisationWeight(vocabulary.token(entry[j]), vocabulary)
                    : weight(vocabulary.token(entry[j]));
            eWeight += w;
            eCovered += w * entryCovered[j];
        }
        if (qWeight == 0 || eWeight == 0) {
            return 0;
        }
        double coverage = subset(query, paired, pairSim, qCovered / qWeight, eCovered / eWeight);
        if (inOrder(paired)) {
            return coverage;
        }
        // in a patronymic chain (Ali bin Hassan) the order says who is whose son: reversed, it is another person
        boolean chain = hasParticle(query) || hasParticle(entry, vocabulary);
        return coverage - (chain ? PATRONYMIC_ORDER : ORDER_PENALTY);
    }

    /** A name part this well matched counts as the same name part for a subset. */
    private static final double SUBSET_PAIR = 0.9;
    /** Exponent applied to the smaller side's coverage when the other side is a clean subset (0.5 → 0.66). */
    static final double SUBSET_EXPONENT = 0.6;

    /**
     * The mean of both sides' coverage, except when one side's names are all found in the other (two names
     * against the same person's four-name full form): a list rarely carries every name, so the extra names
     * cost less, though they still cost.
     */
    private static double subset(List<Token> query, int[] paired, double[] pairSim, double q, double e) {
        double mean = 0.5 * q + 0.5 * e;
        if (Math.max(q, e) < 0.95) {
            return mean;
        }
        int strong = 0;
        for (int i = 0; i < query.size(); i++) {
            if (paired[i] >= 0 && pairSim[i] >= SUBSET_PAIR && !query.get(i).weak() && !query.get(i).isInitial()) {
                strong++;
            }
        }
        if (strong < 2) {
            return mean;
        }
        return Math.max(mean, 0.5 * Math.max(q, e) + 0.5 * Math.pow(Math.min(q, e), SUBSET_EXPONENT));
    }

    private static boolean hasParticle(List<Token> tokens) {
        for (Token t : tokens) {
            if (PARTICLES.contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasParticle(int[] entry, Vocabulary vocabulary) {
        for (int term : entry) {
            if (PARTICLES.contains(vocabulary.token(term).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether paired tokens keep their order: order is free, but the same order wins a tie (Duc Anh). */
    private static boolean inOrder(int[] paired) {
        int last = -1;
        for (int p : paired) {
            if (p >= 0) {
                if (p < last) {
                    return false;
                }
                last = p;
            }
        }
        return true;
    }

    /** A legal form weighs least, a generic word (Trading, Group) little. */
    static final double LEGAL_FORM = 0.1;
    static final double GENERIC = 0.3;

    /**
     * An organisation's token: legal forms and generic words weigh little, and every word weighs by its inverse
     * document frequency among the indexed names, learned as they are added ({@link Vocabulary#rarity}).
     */
    static double organisationWeight(Token token, Vocabulary vocabulary) {
        if (token.weak()) {
            return LEGAL_FORM;
        }
        double w = token.isInitial() ? INITIAL : 1;
        if (Organisations.isGeneric(token)) {
            w = Math.min(w, GENERIC);
        }
        return Math.min(w, vocabulary.rarity(token.text()));
    }

    static double weight(Token token) {
        return token.weak() ? WEAK : token.isInitial() ? INITIAL : 1;
    }

    /** Token pairs of a result, for the explanation. */
    static List<TokenMatch> matches(List<Token> query, int[] entry, Vocabulary vocabulary, Result result) {
        List<TokenMatch> out = new ArrayList<>();
        for (int i = 0; i < query.size(); i++) {
            if (result.pairedWith()[i] >= 0) {
                Token e = vocabulary.token(entry[result.pairedWith()[i]]);
                TokenMatch match = TokenSimilarity.explain(query.get(i), e, result.similarity()[i]);
                out.add(result.joined()[i] ? new TokenMatch(match.queryToken(), match.entryToken()
                        + (result.alsoWith()[i] >= 0 ? " " + vocabulary.token(entry[result.alsoWith()[i]]).text() : ""),
                        MatchKind.JOINED, match.similarity(), match.editDistance(), match.weak(),
                        match.transliteration()) : match);
            }
        }
        out.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return out;
    }
}
