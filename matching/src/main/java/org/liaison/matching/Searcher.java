package org.liaison.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * One search: candidates by voting, the best {@link #SHORTLIST} rescored in full, hits above the threshold.
 * Runs under the index's read lock with the calling thread's {@link Scratch}.
 */
final class Searcher {

    static final int SHORTLIST = 96;
    private static final int BUCKETS = 64;

    private Searcher() {
    }

    static List<Hit> search(PreparedQuery query, Vocabulary vocabulary, Entries entries,
                            DocumentPostings documents, Scratch scratch, int limit, double threshold) {
        scratch.begin(entries.capacity(), vocabulary.size());
        if (query.tokens().isEmpty()) {
            return List.of();
        }
        Candidates.vote(Candidates.similarTerms(query.tokens(), vocabulary, scratch), vocabulary, entries, scratch);
        int[] shortlist = withDocumentHolders(shortlist(scratch), query, documents);
        List<HitScorer.Scored> scored = new ArrayList<>();
        for (int slot : shortlist) {
            HitScorer.Scored s = HitScorer.score(query, slot, vocabulary, entries, scratch);
            if (s != null && s.total() >= threshold) {
                scored.add(s);
            }
        }
        scored.sort((a, b) -> Double.compare(b.total(), a.total()));
        List<Hit> hits = new ArrayList<>(Math.min(limit, scored.size()));
        for (int k = 0; k < scored.size() && k < limit; k++) {
            hits.add(HitScorer.explain(query, scored.get(k), vocabulary, entries));
        }
        return hits;
    }

    /** Entries holding one of the query's document numbers are scored whatever their votes. */
    private static int[] withDocumentHolders(int[] shortlist, PreparedQuery query, DocumentPostings documents) {
        if (query.documents().length == 0) {
            return shortlist;
        }
        java.util.Set<Integer> listed = new java.util.LinkedHashSet<>();
        for (int slot : shortlist) {
            listed.add(slot);
        }
        for (String document : query.documents()) {
            documents.forEach(document, listed::add);
        }
        return listed.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The entries with the most votes, found with a histogram instead of a sort; the votes are gathered once
     * into a sequential array, so only the first pass pays a cache miss per entry.
     */
    private static int[] shortlist(Scratch scratch) {
        float[] votes = scratch.gatherVotes();
        float max = 0;
        for (int k = 0; k < scratch.touchedCount; k++) {
            max = Math.max(max, votes[k]);
        }
        if (max == 0) {
            return new int[0];
        }
        int[] histogram = new int[BUCKETS];
        for (int k = 0; k < scratch.touchedCount; k++) {
            histogram[bucket(votes[k], max)]++;
        }
        int cut = BUCKETS - 1;
        for (int above = histogram[cut]; cut > 0 && above + histogram[cut - 1] <= SHORTLIST; above += histogram[cut]) {
            cut--;
        }
        int[] out = new int[SHORTLIST];
        int n = 0;
        for (int k = 0; k < scratch.touchedCount && n < SHORTLIST; k++) {
            if (bucket(votes[k], max) >= cut) {
                out[n++] = scratch.touched[k];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int bucket(float value, float max) {
        return Math.min(BUCKETS - 1, (int) (value / max * (BUCKETS - 1)));
    }

    /** Query token × term similarity, cached per query for the first query tokens. */
    static double similarity(Scratch scratch, int i, Token q, int term, Vocabulary vocabulary) {
        if (i >= Scratch.CACHED_QUERY_TOKENS) {
            return TokenSimilarity.of(q, vocabulary.token(term));
        }
        int cell = term * Scratch.CACHED_QUERY_TOKENS + i;
        if (scratch.termStamp[term] != scratch.generation) {
            scratch.termStamp[term] = scratch.generation;
            java.util.Arrays.fill(scratch.termSims, term * Scratch.CACHED_QUERY_TOKENS,
                    (term + 1) * Scratch.CACHED_QUERY_TOKENS, -1f);
        }
        float cached = scratch.termSims[cell];
        if (cached < 0) {
            cached = (float) TokenSimilarity.of(q, vocabulary.token(term));
            scratch.termSims[cell] = cached;
        }
        return cached;
    }
}
