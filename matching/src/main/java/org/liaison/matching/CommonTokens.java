package org.liaison.matching;

/**
 * Tokens too common to vote for new entries (NGUYEN, the few dozen Lao given names) still add their
 * similarity to the entries already found, by whichever of two ways costs less: reading the token's postings
 * in sequence against the found entries' bitset, or checking each found entry's terms.
 */
final class CommonTokens {

    private static final int PROBE_LIMIT = 20_000;
    /** Checking one found entry's terms costs about as much as reading this many postings in sequence. */
    private static final int PROBE_COST = 40;

    private CommonTokens() {
    }

    static void addToFound(Candidates.Matched m, int[] order, float floor, Vocabulary vocabulary, Entries entries,
                           Scratch scratch) {
        if (m.postings() < (long) scratch.touchedCount * PROBE_COST) {
            walkTouched(m, order, floor, vocabulary, scratch);
        } else {
            probe(m, floor, entries, scratch);
        }
    }

    /**
     * A token too common to vote for new entries still adds to the entries already found: its postings are read
     * in sequence and only entries marked in the scratch's bitset (which stays in cache) are updated.
     */
    private static void walkTouched(Candidates.Matched m, int[] order, float floor, Vocabulary vocabulary,
                                    Scratch scratch) {
        for (int k : order) {
            if (m.sims()[k] < floor) {
                break;
            }
            int n = vocabulary.documentFrequency(m.terms()[k]);
            int[] list = vocabulary.postings(m.terms()[k]);
            for (int p = 0; p < n; p++) {
                if (scratch.isTouched(list[p])) {
                    scratch.touch(list[p], m.token(), m.sims()[k]);
                }
            }
        }
    }

    /**
     * A token too common to walk (NGUYEN) still counts: the entries already voted for are checked for its
     * terms instead, which costs the few entries found so far rather than its long posting lists.
     */
    private static void probe(Candidates.Matched m, float floor, Entries entries, Scratch scratch) {
        if (scratch.touchedCount > PROBE_LIMIT) {
            return;
        }
        scratch.seenStamp++;
        for (int k = 0; k < m.terms().length; k++) {
            if (m.sims()[k] >= floor) {
                scratch.termSeen[m.terms()[k]] = scratch.seenStamp;
            }
        }
        for (int t = 0; t < scratch.touchedCount; t++) {
            int slot = scratch.touched[t];
            float best = 0;
            for (int[] alias : entries.terms(slot)) {
                for (int term : alias) {
                    if (scratch.termSeen[term] == scratch.seenStamp) {
                        best = Math.max(best, m.token() < Scratch.CACHED_QUERY_TOKENS
                                ? scratch.termSims[term * Scratch.CACHED_QUERY_TOKENS + m.token()] : simOfTerm(m, term));
                    }
                }
            }
            if (best > 0) {
                scratch.touch(slot, m.token(), best);
            }
        }
    }

    private static float simOfTerm(Candidates.Matched m, int term) {
        for (int k = 0; k < m.terms().length; k++) {
            if (m.terms()[k] == term) {
                return m.sims()[k];
            }
        }
        return 0;
    }
}
