package org.liaison.matching;

import java.util.Arrays;

/**
 * Per-thread working memory of a search, reused across queries: generation stamps instead of clearing, so a
 * query costs what it touches, not what the index holds.
 */
final class Scratch {

    static final int CACHED_QUERY_TOKENS = 8;

    int generation;
    /**
     * Per entry, packed in one long so that a vote costs one cache miss on a million-entry array: the query
     * generation (high 32 bits), the last query token that voted (8 bits) and the votes in thousandths (24 bits).
     */
    long[] votes = new long[0];
    int[] touched = new int[1024];
    /** One bit per entry, set while it is touched: 128 KB for a million entries, so membership stays in cache. */
    long[] member = new long[0];
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
        long cell = votes[slot];
        int thousandths = (int) (amount * 1000);
        if ((int) (cell >>> 32) != generation) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = slot;
            member[slot >>> 6] |= 1L << slot;
            votes[slot] = (long) generation << 32 | (long) (token & 0xFF) << 24 | thousandths;
        } else if ((int) (cell >>> 24 & 0xFF) != (token & 0xFF)) {
            int total = Math.min(0xFFFFFF, (int) (cell & 0xFFFFFF) + thousandths);
            votes[slot] = (long) generation << 32 | (long) (token & 0xFF) << 24 | total;
        }
    }

    boolean isTouched(int slot) {
        return (member[slot >>> 6] & 1L << slot) != 0;
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
