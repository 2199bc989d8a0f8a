package org.liaison.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Candidate generation: each query token's similar terms are found through the blocking keys (never by
 * scanning the vocabulary) and their posting lists vote for entries. The rarest tokens vote first, their most
 * similar terms first; the rarest token votes in full, the others only while a posting budget lasts: a common name (NGUYEN, MOHAMMAD) adds
 * little evidence and would make a query walk a large part of the index.
 */
final class Candidates {

    static final int POSTING_BUDGET = 15_000;
    private static final float NEAR = 0.93f;
    private static final int CROWDED = 5_000;
    private static final double MIN_TERM = 0.80;
    private static final int MAX_TERMS = 1024;
    private static final int MIN_HALF = 2;
    private static final int MIN_SPLIT = 6;
    private static final int SPLIT_FORMS = 3;
    private static final double MIN_HALF_SIM = 0.9;

    /** Terms similar to one query token, with their similarities, and the postings they would walk. */
    record Matched(int token, int[] terms, float[] sims, long postings) {
    }

    private Candidates() {
    }

    static List<Matched> similarTerms(List<Token> query, Vocabulary vocabulary, Scratch scratch) {
        List<Matched> out = new ArrayList<>();
        boolean anyStrong = query.stream().anyMatch(t -> !t.weak() && !t.isInitial());
        boolean strongFound = false;
        for (int i = 0; i < query.size(); i++) {
            Token q = query.get(i);
            if (anyStrong && (q.weak() || q.isInitial())) {
                continue;
            }
            Matched m = similarTerms(i, q, vocabulary, scratch);
            strongFound |= m.terms().length > 0;
            out.add(m);
        }
        if (anyStrong && !strongFound) {
            // a weak token (a title that is also a name syllable) still finds candidates when the others find none
            for (int i = 0; i < query.size(); i++) {
                if (query.get(i).weak()) {
                    out.add(similarTerms(i, query.get(i), vocabulary, scratch));
                }
            }
        }
        out.sort((a, b) -> Long.compare(a.postings(), b.postings()));
        return out;
    }

    private static Matched similarTerms(int i, Token q, Vocabulary vocabulary, Scratch scratch) {
        scratch.seenStamp++;
        TermList found = new TermList();
        boolean abjad = q.script() == Script.OTHER ? Transliteration.isAbjad(q.text())
                : q.script() == Script.LATIN && vocabulary.hasAbjadTerms();
        for (String form : q.forms()) {
            java.util.function.LongConsumer lookup = key -> vocabulary.keys().forEach(key, term -> {
                if (found.size < MAX_TERMS && scratch.firstSight(term) && vocabulary.documentFrequency(term) > 0) {
                    double sim = Searcher.similarity(scratch, i, q, term, vocabulary);
                    if (sim >= MIN_TERM) {
                        found.add(term, (float) sim, vocabulary.documentFrequency(term));
                    }
                }
            });
            Keys.of(form, lookup);
            long abjadKey = abjad ? Keys.abjadKey(form) : 0;
            if (abjadKey != 0) {
                lookup.accept(abjadKey);
            }
        }
        if (!q.isInitial() && q.forms()[0].length() >= MIN_SPLIT && found.best < MIN_HALF_SIM) {
            halves(q, vocabulary, scratch, found);
        }
        return new Matched(i, Arrays.copyOf(found.terms, found.size), Arrays.copyOf(found.sims, found.size),
                found.postings);
    }

    /**
     * A long token may be two names written as one (Lao and Thai royal and compound
     * names): each split's halves are looked up exactly (which, with deletion keys, is within one edit).
     */
    private static void halves(Token q, Vocabulary vocabulary, Scratch scratch, TermList found) {
        for (int f = 0; f < Math.min(SPLIT_FORMS, q.forms().length); f++) {
            String form = q.forms()[f];
            for (int p = MIN_HALF; p <= form.length() - MIN_HALF && found.size < MAX_TERMS; p++) {
                for (String half : new String[] {form.substring(0, p), form.substring(p)}) {
                    vocabulary.keys().forEach(Keys.formKey(half), term -> {
                        if (found.size < MAX_TERMS && scratch.firstSight(term) && vocabulary.documentFrequency(term) > 0
                                && TokenSimilarity.best(vocabulary.token(term), half, MIN_HALF_SIM) >= MIN_HALF_SIM) {
                            found.add(term, (float) MIN_TERM, vocabulary.documentFrequency(term));
                        }
                    });
                }
            }
        }
    }

    /** A growable pair of primitive arrays. */
    private static final class TermList {
        int[] terms = new int[16];
        float[] sims = new float[16];
        int size;
        long postings;
        float best;

        void add(int term, float sim, int df) {
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, size * 2);
                sims = Arrays.copyOf(sims, size * 2);
            }
            terms[size] = term;
            sims[size++] = sim;
            postings += df;
            best = Math.max(best, sim);
        }
    }

    /** Votes: each entry gets, per query token, the similarity of its best matching term. */
    static void vote(List<Matched> matched, Vocabulary vocabulary, Entries entries, Scratch scratch) {
        long walked = 0;
        boolean first = true;
        for (Matched m : matched) {
            int[] order = bySimilarity(m);
            // when the token's own spelling is indexed and its neighbours are many, near spellings suffice
            // (up to diacritics: MANH for Mạnh)
            boolean ownSpelling = order.length > 0 && m.sims()[order[0]] >= (float) TokenSimilarity.FOLDED;
            float floor = ownSpelling && m.postings() > CROWDED ? NEAR : 0f;
            if (!first && walked + m.postings() > POSTING_BUDGET) {
                CommonTokens.addToFound(m, order, floor, vocabulary, entries, scratch);
                continue;
            }
            for (int k : order) {
                int n = vocabulary.documentFrequency(m.terms()[k]);
                if (m.sims()[k] >= floor) {
                    walked += n;
                    int[] list = vocabulary.postings(m.terms()[k]);
                    for (int p = 0; p < n; p++) {
                        scratch.touch(list[p], m.token(), m.sims()[k]);
                    }
                }
            }
            first = false;
        }
    }

    /** Term positions by descending similarity: (similarity bits, position) packed in longs, sorted unboxed. */
    private static int[] bySimilarity(Matched m) {
        long[] packed = new long[m.terms().length];
        for (int k = 0; k < packed.length; k++) {
            // a non-negative float's bits order like the float itself
            packed[k] = (long) Float.floatToRawIntBits(m.sims()[k]) << 32 | (packed.length - 1 - k);
        }
        Arrays.sort(packed);
        int[] order = new int[packed.length];
        for (int k = 0; k < packed.length; k++) {
            order[k] = packed.length - 1 - (int) packed[packed.length - 1 - k];
        }
        return order;
    }
}
