package org.liaison.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct tokens of all indexed names ("terms"), each normalised and romanized once however many entries
 * share it, with its posting list of entry slots in a growable {@code int[]} and its blocking keys.
 * Not thread-safe: {@link NameIndex} guards it.
 */
final class Vocabulary {

    private final Map<String, Integer> idByText = new HashMap<>();
    private final List<Token> tokens = new ArrayList<>();
    private int[][] postings = new int[1024][];
    private int[] postingSizes = new int[1024];
    private final KeyTable keys = new KeyTable();
    /** Whether a name written without short vowels (Arabic, Hebrew script) was indexed. */
    private boolean abjadTerms;

    /** The term id for a normalised token, creating the term and its keys on first sight. */
    int intern(Token token) {
        Integer id = idByText.get(token.text());
        if (id != null) {
            return id;
        }
        int term = tokens.size();
        tokens.add(token);
        idByText.put(token.text(), term);
        if (term == postings.length) {
            postings = Arrays.copyOf(postings, term * 2);
            postingSizes = Arrays.copyOf(postingSizes, term * 2);
        }
        postings[term] = new int[2];
        for (String form : token.forms()) {
            Keys.of(form, key -> keys.put(key, term));
            long abjad = Keys.abjadKey(form);
            if (abjad != 0) {
                keys.put(abjad, term);
            }
        }
        abjadTerms |= token.script() == Script.OTHER && Transliteration.isAbjad(token.text());
        return term;
    }

    int find(String text) {
        Integer id = idByText.get(text);
        return id == null ? -1 : id;
    }

    Token token(int term) {
        return tokens.get(term);
    }

    int size() {
        return tokens.size();
    }

    private int entryCount;

    /** Told by the index after each change, for {@link #rarity}. */
    void entries(int count) {
        entryCount = count;
    }

    /** Below this many entries a word's frequency says little, and every word weighs 1. */
    static final int MIN_ENTRIES_FOR_IDF = 200;
    /** Share of entries up to which a word weighs 1; above, its weight falls with the logarithm of the share. */
    static final double RARE_SHARE = 0.002;

    /**
     * 0.25..1: 1 for a word in at most 0.2 % of the names, 0.75 at 2 %, 0.5 at 20 % (an inverse document
     * frequency, scaled so that a word in every name still counts a little).
     */
    double rarity(String text) {
        Integer term = idByText.get(text);
        if (term == null || entryCount < MIN_ENTRIES_FOR_IDF) {
            return 1;
        }
        double share = documentFrequency(term) / (double) entryCount;
        return share <= RARE_SHARE ? 1 : Math.max(0.25, 1 - 0.25 * Math.log10(share / RARE_SHARE));
    }

    /** Whether Latin queries should also look up consonant skeletons, to meet Arabic- or Hebrew-script terms. */
    boolean hasAbjadTerms() {
        return abjadTerms;
    }

    KeyTable keys() {
        return keys;
    }

    void post(int term, int slot) {
        int n = postingSizes[term];
        if (n == postings[term].length) {
            postings[term] = Arrays.copyOf(postings[term], n + (n >> 1) + 2);
        }
        postings[term][n] = slot;
        postingSizes[term] = n + 1;
    }

    /** Removal swaps the last posting in: order within a posting list carries no meaning. */
    void unpost(int term, int slot) {
        int[] list = postings[term];
        int n = postingSizes[term];
        for (int i = 0; i < n; i++) {
            if (list[i] == slot) {
                list[i] = list[n - 1];
                postingSizes[term] = n - 1;
                return;
            }
        }
    }

    int[] postings(int term) {
        return postings[term];
    }

    int documentFrequency(int term) {
        return postingSizes[term];
    }

    long approximateBytes() {
        long bytes = keys.bytes() + postings.length * 8L;
        for (int t = 0; t < tokens.size(); t++) {
            bytes += 16 + postings[t].length * 4L + 120;
        }
        return bytes;
    }
}
