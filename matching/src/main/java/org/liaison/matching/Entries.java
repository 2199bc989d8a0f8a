package org.liaison.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Watchlist entries in parallel arrays indexed by slot (column layout keeps a million entries in a few hundred
 * megabytes); freed slots are reused. Not thread-safe: {@link NameIndex} guards it.
 */
final class Entries {

    private static final String[] NO_DOCUMENTS = new String[0];

    private String[] ids = new String[1024];
    private String[][] names = new String[1024][];
    private int[][][] terms = new int[1024][][];
    private int[] dates = new int[1024];
    private String[] nationalities = new String[1024];
    private byte[] genders = new byte[1024];
    private byte[] kinds = new byte[1024];
    private String[][] documents = new String[1024][];
    private int[] free = new int[16];
    private int freeCount;
    private int high;
    private final Map<String, Integer> slotById = new HashMap<>();
    private final Map<String, String> sharedStrings = new HashMap<>();

    int slotOf(String id) {
        Integer slot = slotById.get(id);
        return slot == null ? -1 : slot;
    }

    int add(Person person, EntityKind kind, int[][] aliasTerms) {
        int slot = freeCount > 0 ? free[--freeCount] : high++;
        ensure(slot + 1);
        ids[slot] = person.id();
        names[slot] = person.names().toArray(String[]::new);
        terms[slot] = aliasTerms;
        dates[slot] = DateOfBirth.parse(person.dateOfBirth());
        nationalities[slot] = share(Attributes.nationality(person.nationality()));
        genders[slot] = (byte) (person.gender() == null ? -1 : person.gender().ordinal());
        kinds[slot] = (byte) kind.ordinal();
        documents[slot] = person.documents().isEmpty() ? NO_DOCUMENTS
                : person.documents().stream().map(Documents::canonical).toArray(String[]::new);
        slotById.put(person.id(), slot);
        return slot;
    }

    /** Frees the slot and returns the terms whose postings must drop it. */
    int[][] remove(int slot) {
        int[][] old = terms[slot];
        slotById.remove(ids[slot]);
        ids[slot] = null;
        names[slot] = null;
        terms[slot] = null;
        documents[slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
        return old;
    }

    private String share(String s) {
        return s.isEmpty() ? s : sharedStrings.computeIfAbsent(s, k -> k);
    }

    private void ensure(int capacity) {
        if (capacity <= ids.length) {
            return;
        }
        int n = Math.max(capacity, ids.length * 2);
        ids = Arrays.copyOf(ids, n);
        names = Arrays.copyOf(names, n);
        terms = Arrays.copyOf(terms, n);
        dates = Arrays.copyOf(dates, n);
        nationalities = Arrays.copyOf(nationalities, n);
        genders = Arrays.copyOf(genders, n);
        kinds = Arrays.copyOf(kinds, n);
        documents = Arrays.copyOf(documents, n);
    }

    int capacity() {
        return ids.length;
    }

    int size() {
        return slotById.size();
    }

    @Nullable String id(int slot) {
        return ids[slot];
    }

    String[] names(int slot) {
        return names[slot];
    }

    int[][] terms(int slot) {
        return terms[slot];
    }

    int date(int slot) {
        return dates[slot];
    }

    String nationality(int slot) {
        return nationalities[slot];
    }

    int gender(int slot) {
        return genders[slot];
    }

    EntityKind kind(int slot) {
        return EntityKind.values()[kinds[slot]];
    }

    String[] documents(int slot) {
        return documents[slot];
    }
}
