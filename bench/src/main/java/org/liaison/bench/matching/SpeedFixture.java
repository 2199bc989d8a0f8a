package org.liaison.bench.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A speed data set with the three engines built over it: screening-un (50,683 entries, the 683 perturbed
 * queries) or the synthetic million (1,000 perturbed queries drawn from the entries).
 */
final class SpeedFixture {

    /** Filled by {@link MatchingSpeed} before JMH runs in the same JVM (forks = 0: the indexes are built once). */
    static final Map<String, SpeedFixture> PREPARED = new HashMap<>();

    final String name;
    final List<Rec> entries;
    final List<Rec> queries;
    final Map<String, String> nameById = new HashMap<>();
    final Map<String, Engine> engines = new HashMap<>();
    final Map<String, String> notes = new HashMap<>();

    private SpeedFixture(String name, List<Rec> entries, List<Rec> queries) {
        this.name = name;
        this.entries = entries;
        this.queries = queries;
        entries.forEach(r -> nameById.put(r.id(), r.name()));
    }

    static SpeedFixture screening(Path data) throws Exception {
        Path dir = data.resolve("screening-un");
        List<Rec> entries = new ArrayList<>(Datasets.screening(dir.resolve("positives_un_untreated.csv"), "un-"));
        entries.addAll(Datasets.screening(dir.resolve("negatives_global.csv"), "neg-"));
        List<Rec> treated = Datasets.screening(dir.resolve("positives_un_treated.csv"), "q-");
        List<Rec> queries = new ArrayList<>();
        for (int i = 0; i < treated.size(); i++) {
            queries.add(Rec.named("un-" + i, treated.get(i).name()));
        }
        return new SpeedFixture("screening-un", entries, queries);
    }

    /** Query ids are the ids of the entries they were made from. */
    static SpeedFixture synthetic(Path data, int size, int queryCount) throws Exception {
        SyntheticNames names = new SyntheticNames(data);
        List<Rec> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entries.add(Rec.named("s-" + i, names.next()));
        }
        Random random = new Random(7);
        List<Rec> queries = new ArrayList<>();
        for (int q = 0; q < queryCount; q++) {
            Rec source = entries.get(random.nextInt(size));
            queries.add(Rec.named(source.id(), names.perturb(source.name())));
        }
        return new SpeedFixture(String.format(Locale.ROOT, "synthetic %,d", size), entries, queries);
    }

    /** Builds an engine and notes its build time (and, for ours, the heap it retains). */
    void build(String key, Engine engine) throws Exception {
        System.gc();
        long before = usedHeap();
        long start = System.nanoTime();
        engine.index(entries);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long bytes = usedHeap() - before;
        engines.put(key, engine);
        notes.put(key, String.format(Locale.ROOT, "build %.1f s, retained heap %,d MB (%,d MB per million entries)",
                seconds, bytes >> 20, (long) (bytes / (entries.size() / 1e6)) >> 20));
    }

    /** recall@1 and recall@10 over the first {@code limit} queries; a hit with the query's entry name counts. */
    double[] recall(String key, int limit) throws Exception {
        return recallWith(engines.get(key), limit);
    }

    double[] recallWith(Engine engine, int limit) throws Exception {
        int n = Math.min(limit, queries.size());
        int first = 0;
        int top10 = 0;
        for (int i = 0; i < n; i++) {
            Rec q = queries.get(i);
            String expected = nameById.get(q.id());
            List<Engine.Scored> hits = engine.search(q, 10);
            for (int r = 0; r < hits.size(); r++) {
                if (hits.get(r).id().equals(q.id()) || nameById.get(hits.get(r).id()).equals(expected)) {
                    first += r == 0 ? 1 : 0;
                    top10++;
                    break;
                }
            }
        }
        return new double[] {first / (double) n, top10 / (double) n, n};
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
