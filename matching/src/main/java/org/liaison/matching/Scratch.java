package org.liaison.matching;

import java.util.Arrays;

/**
 * Per-thread working memory of a search, reused across queries: generation stamps and a membership bitset
 * cleared through the touched list instead of clearing arrays, so a query costs what it touches, not what the
 * index holds.
 */
final class Scratch {

    static final int CACHED_QUERY_TOKENS = 8;

    int generation;
    /**
     * Per entry, packed in one int (4 MB for a million entries, so votes stay in the last-level cache): the last
     * query token that voted (8 bits) and the votes in thousandths (24 bits). Valid only while the entry's
     * {@link #member} bit is set, so nothing is cleared between queries.
     */
    int[] votes = new int[0];
    int[] touched = new int[1024];
    /** One bit per entry, set while it is touched: 128 KB for a million entries, so membership stays in cache. */
    long[] member = new long[0];
    private float[] gathered = new float[0];
    int touchedCount;
    int[] termStamp = new int[0];
    float[] termSims = new float[0];
    int[] termSeen = new int[0];
    int seenStamp;

    void begin(int entryCapacity, int vocabularySize) {
        for (int k = 0; k < touchedCount; k++) {
            member[touched[k] >>> 6] = 0;
        }
        if (votes.length < entryCapacity) {
            votes = Arrays.copyOf(votes, Math.max(entryCapacity, votes.length * 2));
            member = Arrays.copyOf(member, (votes.length >>> 6) + 1);
        }
        if (termStamp.length < vocabularySize) {
            int n = Math.max(vocabularySize, termStamp.length * 2);
            termStamp = Arrays.copyOf(termStamp, n);
            termSeen = Arrays.copyOf(termSeen, n);
            termSims = Arrays.copyOf(termSims, n * CACHED_QUERY_TOKENS);
        }
        generation++;
        touchedCount = 0;
    }

    void touch(int slot, int token, float amount) {
        int thousandths = (int) (amount * 1000);
        if (!isTouched(slot)) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = slot;
            member[slot >>> 6] |= 1L << slot;
            votes[slot] = (token & 0xFF) << 24 | thousandths;
            return;
        }
        int cell = votes[slot];
        if ((cell >>> 24 & 0xFF) != (token & 0xFF)) {
            votes[slot] = (token & 0xFF) << 24 | Math.min(0xFFFFFF, (cell & 0xFFFFFF) + thousandths);
        }
    }

    boolean isTouched(int slot) {
        return (member[slot >>> 6] & 1L << slot) != 0;
    }

    /** The touched entries' votes, in the order of {@link #touched}. */
    float[] gatherVotes() {
        if (gathered.length < touchedCount) {
            gathered = new float[touched.length];
        }
        for (int k = 0; k < touchedCount; k++) {
            gathered[k] = accumulated(touched[k]);
        }
        return gathered;
    }

    float accumulated(int slot) {
        return (votes[slot] & 0xFFFFFF) / 1000f;
    }

    /** Marks a term as seen for one query token; false if it was already seen for it. */
    boolean firstSight(int term) {
        if (termSeen[term] == seenStamp) {
            return false;
        }
        termSeen[term] = seenStamp;
        return true;
    }
}
