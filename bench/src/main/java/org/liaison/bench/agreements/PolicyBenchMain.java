package org.liaison.bench.agreements;

import java.util.Collection;
import java.util.Locale;

import org.liaison.agreements.policy.PolicyIndex;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PolicyBench} and prints decisions per second, latency percentiles and the ratio of the
 * compiled index to the SQL baseline, after checking that both agree on every generated query.
 */
public final class PolicyBenchMain {

    private PolicyBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        var policy = new SyntheticPolicy(1_000, 20, 10_000);
        var index = PolicyIndex.of(policy.rules());
        long allowed = 0;
        long disagreements = 0;
        try (var sql = new NaiveSqlPolicy(policy)) {
            for (var query : policy.queries) {
                boolean ours = index.decide(query).allowed();
                allowed += ours ? 1 : 0;
                disagreements += ours == sql.allowed(query) ? 0 : 1;
            }
        }
        System.out.printf("%d clauses, %d rules, %d queries: %d allowed, %d disagreements with SQL%n",
                policy.clauses.size(), index.ruleCount(), policy.queries.size(), allowed, disagreements);
        var results = new Runner(new OptionsBuilder().include(PolicyBench.class.getName()).build()).run();
        report(results);
    }

    private static void report(Collection<RunResult> results) {
        double oursOps = score(results, "compiledIndex", Mode.Throughput) * 1_000_000;
        double sqlOps = score(results, "naiveSqlPerDecision", Mode.Throughput) * 1_000_000;
        System.out.println();
        System.out.println("| implementation | decisions/s (1 thread) | p50 µs | p99 µs | p99.9 µs |");
        System.out.println("|---|---|---|---|---|");
        row(results, "compiled index (node)", "compiledIndex", oursOps);
        row(results, "one SQL query per decision (baseline)", "naiveSqlPerDecision", sqlOps);
        System.out.printf(Locale.ROOT, "%nratio index/SQL throughput: %.0f×%n", oursOps / sqlOps);
    }

    private static void row(Collection<RunResult> results, String label, String method, double ops) {
        var sample = find(results, method, Mode.SampleTime);
        var stats = sample.getPrimaryResult().getStatistics();
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %.3f | %.3f | %.3f |%n", label, ops, stats.getPercentile(50),
                stats.getPercentile(99), stats.getPercentile(99.9));
    }

    private static double score(Collection<RunResult> results, String method, Mode mode) {
        return find(results, method, mode).getPrimaryResult().getScore();
    }

    private static RunResult find(Collection<RunResult> results, String method, Mode mode) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + method)
                && r.getParams().getMode() == mode).findFirst().orElseThrow();
    }
}
