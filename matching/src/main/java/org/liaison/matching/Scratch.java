package org.liaison.matching;

import java.util.Arrays;

/**
 * Per-thread working memory of a search, reused across queries: generation stamps instead of clearing, so a
 * query costs what it touches, not what the index holds.
 */
final class Scratch {

    static final int CACHED_QUERY_TOKENS = 8;

    int generation;
    int[] entryStamp = new int[0];
    float[] accumulator = new float[0];
    byte[] lastToken = new byte[0];
    int[] touched = new int[1024];
    int touchedCount;
    int[] termStamp = new int[0];
    float[] termSims = new float[0];
    int[] termSeen = new int[0];
    int seenStamp;

    void begin(int entryCapacity, int vocabularySize) {
        if (entryStamp.length < entryCapacity) {
            int n = Math.max(entryCapacity, entryStamp.length * 2);
            entryStamp = Arrays.copyOf(entryStamp, n);
            accumulator = Arrays.copyOf(accumulator, n);
            lastToken = Arrays.copyOf(lastToken, n);
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
        if (entryStamp[slot] != generation) {
            entryStamp[slot] = generation;
            accumulator[slot] = 0;
            lastToken[slot] = -1;
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = slot;
        }
        if (lastToken[slot] != token) {
            lastToken[slot] = (byte) token;
            accumulator[slot] += amount;
        }
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
