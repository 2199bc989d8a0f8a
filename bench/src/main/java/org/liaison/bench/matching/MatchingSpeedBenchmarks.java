package org.liaison.bench.matching;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One search (top 10) per invocation, queries taken round-robin; the engines come from {@link SpeedFixture}. */
@State(Scope.Benchmark)
public class MatchingSpeedBenchmarks {

    @Param({"screening-un"})
    public String set;

    @Param({"ours"})
    public String engine;

    private Engine target;
    private Rec[] queries;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
        SpeedFixture fixture = SpeedFixture.PREPARED.get(set);
        target = fixture.engines.get(engine);
        queries = fixture.queries.toArray(Rec[]::new);
    }

    @Benchmark
    public List<Engine.Scored> search() throws Exception {
        return target.search(queries[Math.floorMod(next.getAndIncrement(), queries.length)], 10);
    }
}
