package org.liaison.matching;

import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * A screening index of persons, searchable by name in Latin, Vietnamese, Khmer, Lao and Thai script.
 *
 * <p>Names are normalised (NFKC, case, diacritics folded but kept, titles down-weighted, "SURNAME, Given"
 * reordered), Khmer, Lao and Thai are romanized into several plausible Latin spellings, and candidates are
 * found through blocking keys, so a search touches only entries sharing a similar token. Each {@link Hit}
 * carries an {@link Explanation}.
 *
 * <p>Thread-safe: any number of concurrent searches; {@link #add} and {@link #remove} are incremental and
 * briefly exclude searches. Example:
 * <pre>{@code
 * NameIndex index = NameIndex.of(persons.stream());
 * List<Hit> hits = index.search(Query.byName("Thongloun Sisoulith"), 10);
 * }</pre>
 */
public final class NameIndex {

    /** Calibrated on the screening-un benchmark; see docs/benchmarks.md. */
    public static final double DEFAULT_THRESHOLD = 0.80;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Vocabulary vocabulary = new Vocabulary();
    private final Entries entries = new Entries();
    private final DocumentPostings documents = new DocumentPostings();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);
    private final LegalForms legalForms;

    /** An empty index knowing the built-in legal forms. */
    public NameIndex() {
        this(LegalForms.builtIn());
    }

    /** An empty index normalising organisation names with these legal forms. */
    public NameIndex(LegalForms legalForms) {
        this.legalForms = legalForms;
    }

    /** Builds an index from a stream of persons (read once, in order; later duplicates of an id replace). */
    public static NameIndex of(Stream<Person> persons) {
        NameIndex index = new NameIndex();
        persons.forEach(index::add);
        return index;
    }

    /** Like {@link #of(Stream)}, normalising organisation names with these legal forms. */
    public static NameIndex of(Stream<Person> persons, LegalForms legalForms) {
        NameIndex index = new NameIndex(legalForms);
        persons.forEach(index::add);
        return index;
    }

    /** Adds a person, or replaces the entry with the same id. */
    public void add(Person person) {
        // normalised and romanized before taking the lock: that is the expensive part
        Named primary = Named.of(person.names().getFirst(), person.kind(), legalForms);
        List<List<Token>> tokens = person.names().stream()
                .map(n -> Named.of(n, primary.kind(), legalForms).tokens()).toList();
        lock.writeLock().lock();
        try {
            int old = entries.slotOf(person.id());
            if (old >= 0) {
                unpost(old);
            }
            int[][] terms = new int[tokens.size()][];
            for (int a = 0; a < terms.length; a++) {
                terms[a] = tokens.get(a).stream().mapToInt(vocabulary::intern).toArray();
            }
            int slot = entries.add(person, primary.kind(), terms);
            for (int[] alias : terms) {
                for (int term : alias) {
                    vocabulary.post(term, slot);
                }
            }
            for (String document : entries.documents(slot)) {
                documents.post(document, slot);
            }
            vocabulary.entries(entries.size());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the entry with this id; returns whether there was one. */
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            int slot = entries.slotOf(id);
            if (slot < 0) {
                return false;
            }
            unpost(slot);
            vocabulary.entries(entries.size());
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void unpost(int slot) {
        for (String document : entries.documents(slot)) {
            documents.unpost(document, slot);
        }
        for (int[] alias : entries.remove(slot)) {
            for (int term : alias) {
                vocabulary.unpost(term, slot);
            }
        }
    }

    /** Number of entries. */
    public int size() {
        lock.readLock().lock();
        try {
            return entries.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The best hits scoring at least {@link #DEFAULT_THRESHOLD}, best first. */
    public List<Hit> search(Query query, int limit) {
        return search(query, limit, DEFAULT_THRESHOLD);
    }

    /** The best hits scoring at least {@code threshold} (0 returns every candidate), best first. */
    public List<Hit> search(Query query, int limit, double threshold) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
        PreparedQuery prepared = PreparedQuery.of(query, legalForms);
        lock.readLock().lock();
        try {
            return Searcher.search(prepared, vocabulary, entries, documents, scratch.get(), limit, threshold);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Compares two entries, persons or organisations, whatever their names have in common: {@code b} is scored as
     * the hit of a search for {@code a} (each of a's names is tried; the best counts), with the same explanation.
     * The score is symmetric up to the explanation's order only where the names are; an organisation's word
     * weights are the built-in ones, since two names teach nothing about how common a word is.
     */
    public static Hit compare(Person a, Person b) {
        return compare(a, b, LegalForms.builtIn());
    }

    /** {@link #compare(Person, Person)} with these legal forms. */
    public static Hit compare(Person a, Person b, LegalForms legalForms) {
        NameIndex index = new NameIndex(legalForms);
        index.add(b);
        Hit best = null;
        for (String name : a.names()) {
            if (name.isBlank()) {
                continue;
            }
            Query query = new Query(name, a.dateOfBirth(), a.nationality(), a.gender(), a.documents(),
                    a.kind() != null && a.kind() == b.kind() ? a.kind() : null);
            Hit hit = index.scoreEntry(PreparedQuery.of(query, legalForms), b);
            if (best == null || hit.score() > best.score()) {
                best = hit;
            }
        }
        return java.util.Objects.requireNonNull(best);
    }

    /** The one entry of a comparison index scored against a query, without candidate generation. */
    private Hit scoreEntry(PreparedQuery prepared, Person b) {
        Scratch s = scratch.get();
        s.begin(entries.capacity(), vocabulary.size());
        HitScorer.Scored scored = prepared.tokens().isEmpty() ? null
                : HitScorer.score(prepared, 0, vocabulary, entries, s);
        if (scored == null) {
            return new Hit(b.id(), b.names().getFirst(), 0, new Explanation(List.of(), prepared.tokens().stream()
                    .map(Token::text).toList(), List.of(b.names().getFirst()), 0, 0, 0, 0, 0));
        }
        return HitScorer.explain(prepared, scored, vocabulary, entries);
    }

    /** Approximate bytes held by the vocabulary and key tables (entries excluded), for capacity planning. */
    long vocabularyBytes() {
        return vocabulary.approximateBytes();
    }
}
