package org.liaison.agreements.policy;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * An open-addressing map from non-zero {@code long} keys to values, built once and then only read: the
 * policy index looks up (sender party, recipient party) pairs in it without boxing or allocation.
 */
final class LongTable<V> {

    private final long[] keys;
    private final Object[] values;
    private final int mask;

    LongTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
    }

    void put(long key, V value) {
        int slot = slot(key);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    @SuppressWarnings("unchecked")
    @Nullable V get(long key) {
        int slot = slot(key);
        long probe;
        while ((probe = keys[slot]) != 0) {
            if (probe == key) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    int size() {
        return (int) Arrays.stream(keys).filter(k -> k != 0).count();
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
