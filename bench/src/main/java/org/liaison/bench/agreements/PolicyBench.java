package org.liaison.bench.agreements;

import java.util.concurrent.TimeUnit;

import org.liaison.agreements.PolicyDecision;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.policy.PolicyIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Policy decisions on one thread with 1,000 agreements and 20,000 clauses loaded: the compiled index the
 * node uses against one SQL query per decision over the same clauses (issue 4's figure). Run with
 * {@code ./liaison bench policy}; {@link PolicyBenchMain} prints the ratio.
 */
@BenchmarkMode({ Mode.Throughput, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx1g" })
@Threads(1)
public class PolicyBench {

    @State(Scope.Benchmark)
    public static class Registry {
        SyntheticPolicy policy;
        PolicyIndex index;
        PolicyQuery[] queries;

        @Setup(Level.Trial)
        public void load() {
            policy = new SyntheticPolicy(1_000, 20, 10_000);
            index = PolicyIndex.of(policy.rules());
            queries = policy.queries.toArray(PolicyQuery[]::new);
        }
    }

    @State(Scope.Benchmark)
    public static class Database {
        NaiveSqlPolicy sql;

        @Setup(Level.Trial)
        public void load(Registry registry) throws Exception {
            sql = new NaiveSqlPolicy(registry.policy);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            sql.close();
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        PolicyQuery take(PolicyQuery[] queries) {
            next = next + 1 == queries.length ? 0 : next + 1;
            return queries[next];
        }
    }

    @Benchmark
    public PolicyDecision compiledIndex(Registry registry, Cursor cursor) {
        return registry.index.decide(cursor.take(registry.queries));
    }

    @Benchmark
    public boolean naiveSqlPerDecision(Registry registry, Database database, Cursor cursor) throws Exception {
        return database.sql.allowed(cursor.take(registry.queries));
    }
}
