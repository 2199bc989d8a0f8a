package org.liaison.matching;

import java.util.Arrays;

/**
 * A multimap from 64-bit key hashes to term ids in primitive arrays (chained nodes), because a boxed
 * {@code Map<String, List<Integer>>} over millions of deletion keys would cost ten times the memory.
 * A hash collision only adds a candidate term, which the scorer then rejects; it never loses one.
 */
final class KeyTable {

    private int[] heads = new int[1 << 16];
    private long[] keys = new long[1 << 16];
    private int[] terms = new int[1 << 16];
    private int[] next = new int[1 << 16];
    private int size;

    KeyTable() {
        Arrays.fill(heads, -1);
    }

    void put(long key, int term) {
        if (size == keys.length) {
            grow();
        }
        int bucket = bucket(key, heads.length);
        keys[size] = key;
        terms[size] = term;
        next[size] = heads[bucket];
        heads[bucket] = size++;
    }

    /** Calls {@code sink} for each term stored under {@code key} (duplicates possible). */
    void forEach(long key, java.util.function.IntConsumer sink) {
        for (int n = heads[bucket(key, heads.length)]; n >= 0; n = next[n]) {
            if (keys[n] == key) {
                sink.accept(terms[n]);
            }
        }
    }

    int size() {
        return size;
    }

    long bytes() {
        return heads.length * 4L + keys.length * 16L;
    }

    private void grow() {
        int capacity = keys.length * 2;
        keys = Arrays.copyOf(keys, capacity);
        terms = Arrays.copyOf(terms, capacity);
        next = Arrays.copyOf(next, capacity);
        heads = new int[capacity];
        Arrays.fill(heads, -1);
        for (int n = 0; n < size; n++) {
            int bucket = bucket(keys[n], capacity);
            next[n] = heads[bucket];
            heads[bucket] = n;
        }
    }

    private static int bucket(long key, int length) {
        return (int) (key ^ key >>> 29) & length - 1;
    }
}
