package org.liaison.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Entries by document number, so that an entry carrying the query's passport or identity number is scored
 * whatever its name: a person travelling under another name, or a record whose name was replaced, shares
 * no token with the query and would never be voted for. Keyed by the OCR-confusable form, so N0123456 meets
 * NO123456. Not thread-safe: {@link NameIndex} guards it.
 */
final class DocumentPostings {

    /** Shorter numbers (a serial "12") identify nobody. */
    static final int MIN_LENGTH = 5;
    /** A number shared by more entries (a placeholder such as 000000) is no evidence: at most this many. */
    static final int MAX_SLOTS = 32;

    private final Map<String, int[]> slots = new HashMap<>();

    void post(String canonical, int slot) {
        if (canonical.length() < MIN_LENGTH) {
            return;
        }
        // one array per number: the count first, then the slots (most numbers belong to one entry)
        slots.merge(Documents.confusable(canonical), new int[] {1, slot}, (old, one) -> {
            int n = old[0];
            int[] grown = n + 1 < old.length ? old : Arrays.copyOf(old, old.length * 2);
            grown[n + 1] = slot;
            grown[0] = n + 1;
            return grown;
        });
    }

    void unpost(String canonical, int slot) {
        if (canonical.length() < MIN_LENGTH) {
            return;
        }
        String key = Documents.confusable(canonical);
        int[] list = slots.get(key);
        if (list == null) {
            return;
        }
        int n = list[0];
        for (int i = 1; i <= n; i++) {
            if (list[i] == slot) {
                list[i] = list[n];
                list[0] = n - 1;
                break;
            }
        }
        if (list[0] == 0) {
            slots.remove(key);
        }
    }

    /** The entries holding this number (up to {@link #MAX_SLOTS}, none when more share it). */
    void forEach(String canonical, IntConsumer sink) {
        int[] list = canonical.length() < MIN_LENGTH ? null : slots.get(Documents.confusable(canonical));
        if (list == null || list[0] > MAX_SLOTS) {
            return;
        }
        for (int i = 1; i <= list[0]; i++) {
            sink.accept(list[i]);
        }
    }
}
