package org.liaison.bench.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Speed of name search, ours against Commons Text Jaro-Winkler brute force and Lucene FuzzyQuery over the
 * same entries, in one JVM: latency p50/p99 on one thread (JMH SampleTime), throughput on two threads, build
 * time and retained heap, recall of each engine on the same queries, and the ratios.
 * Usage: {@code MatchingSpeed [dataDir] [syntheticSize]}, defaults {@code ../shared/data} and 1,000,000.
 */
public final class MatchingSpeed {

    private static final String[] ENGINES = {"ours", "lucene", "jw"};

    private MatchingSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        List<SpeedFixture> fixtures = List.of(SpeedFixture.screening(data), SpeedFixture.synthetic(data, size, 1_000));
        for (SpeedFixture f : fixtures) {
            f.build("ours", new OursEngine(false));
            f.build("lucene", new LuceneFuzzy());
            f.build("jw", new JaroWinklerBruteForce());
            SpeedFixture.PREPARED.put(f.name, f);
        }
        Map<String, RunResult> latency = run(fixtures, Mode.SampleTime, 1);
        Map<String, RunResult> throughput = run(fixtures, Mode.Throughput, 2);
        for (SpeedFixture f : fixtures) {
            report(f, latency, throughput);
        }
    }

    private static Map<String, RunResult> run(List<SpeedFixture> fixtures, Mode mode, int threads) throws Exception {
        Map<String, RunResult> out = new HashMap<>();
        for (SpeedFixture f : fixtures) {
            for (String engine : ENGINES) {
                boolean slow = engine.equals("jw") && f.entries.size() > 100_000;
                Options options = new OptionsBuilder().include(MatchingSpeedBenchmarks.class.getSimpleName())
                        .param("set", f.name).param("engine", engine).forks(0).threads(threads).mode(mode)
                        .timeUnit(mode == Mode.SampleTime ? TimeUnit.MICROSECONDS : TimeUnit.SECONDS)
                        .warmupIterations(1).warmupTime(TimeValue.seconds(slow ? 3 : 2))
                        .measurementIterations(2).measurementTime(TimeValue.seconds(slow ? 4 : 3))
                        .shouldDoGC(true).build();
                Collection<RunResult> results = new Runner(options).run();
                out.put(f.name + "/" + engine, results.iterator().next());
            }
        }
        return out;
    }

    private static void report(SpeedFixture f, Map<String, RunResult> latency, Map<String, RunResult> throughput)
            throws Exception {
        System.out.printf(Locale.ROOT, "%n## %s: %,d entries, %d queries%n%n", f.name, f.entries.size(), f.queries.size());
        System.out.println("| engine | p50 | p99 | throughput, 2 threads | recall@1 | recall@10 | build |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<double[]> rows = new ArrayList<>();
        for (String engine : ENGINES) {
            var stats = latency.get(f.name + "/" + engine).getPrimaryResult().getStatistics();
            double ops = throughput.get(f.name + "/" + engine).getPrimaryResult().getScore();
            int sample = engine.equals("jw") && f.entries.size() > 100_000 ? 100 : f.queries.size();
            double[] recall = f.recall(engine, sample);
            rows.add(new double[] {stats.getPercentile(50), stats.getPercentile(99), ops});
            System.out.printf(Locale.ROOT, "| %s | %.3f ms | %.3f ms | %,.0f queries/s | %.3f | %.3f (%d queries) | %s |%n",
                    f.engines.get(engine).name(), stats.getPercentile(50) / 1000, stats.getPercentile(99) / 1000, ops,
                    recall[0], recall[1], (int) recall[2], f.notes.get(engine));
        }
        System.out.printf(Locale.ROOT, "%nRatios, ours against Lucene: p50 %.1f×, p99 %.1f×, throughput %.1f×; "
                        + "against Jaro-Winkler brute force: p50 %.1f×, p99 %.1f×, throughput %.1f×%n",
                rows.get(1)[0] / rows.get(0)[0], rows.get(1)[1] / rows.get(0)[1], rows.get(0)[2] / rows.get(1)[2],
                rows.get(2)[0] / rows.get(0)[0], rows.get(2)[1] / rows.get(0)[1], rows.get(0)[2] / rows.get(2)[2]);
    }
}
