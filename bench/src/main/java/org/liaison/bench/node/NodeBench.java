package org.liaison.bench.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Node figures of the foundation, each against a baseline measured in the same run:
 * cold start to ready with default flags and with the AOT cache (vs. the earlier demo flags with a CDS archive,
 * and a bare JVM start), idle RSS, and login-page latency under 50 concurrent clients (vs. a static file from
 * the same server).
 *
 * <p>Usage: {@code NodeBench <path to liaison-node-exec.jar> [requests]}
 */
public final class NodeBench {

    private static final int PORT = 18_481;
    private static final int ROUNDS = 3;

    private NodeBench() {
    }

    public static void main(String[] args) throws Exception {
        var jar = Path.of(args.length > 0 ? args[0] : "app/target/liaison-node-exec.jar").toAbsolutePath();
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        var dataDir = Files.createTempDirectory("liaison-bench");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        System.out.println("Liaison node benchmark — " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version"));
        var jvmBaseline = median(5, () -> time(List.of(java, "-Xshare:auto", "-version")));
        System.out.printf("baseline: bare JVM start (java -version)            %6.0f ms%n", jvmBaseline);

        var defaults = StartVariant.defaults(jar);
        var cds = StartVariant.cds(jar, dataDir);
        var aot = StartVariant.unpacked(jar, dataDir);
        // Not counted: the first start creates the database, the second the CDS archive, the third the AOT cache.
        coldStart(java, dataDir, defaults);
        coldStart(java, dataDir, cds);
        coldStart(java, dataDir, aot.training());
        var cached = aot.withCache();
        var variants = List.of(defaults, cds, cached);
        var times = new double[variants.size()][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) { // rounds interleaved, so a busy spell hurts all alike
            for (int v = 0; v < variants.size(); v++) {
                times[v][round] = coldStart(java, dataDir, variants.get(v));
            }
        }
        double earlier = median(times[1]);
        for (int v = 0; v < variants.size(); v++) {
            double ms = median(times[v]);
            System.out.printf("cold start to ready, %-33s %6.0f ms  (%.2f× earlier demo flags, %.1f× bare JVM)%n",
                    variants.get(v).label(), ms, ms / earlier, ms / jvmBaseline);
        }
        System.out.println("  flags: " + cached.flags());

        // Steady state with the full JIT (C2): the C1-only flag helps start-up, not throughput.
        var node = start(java, jar, dataDir, List.of("-XX:+UseSerialGC"));
        awaitReady(Duration.ofSeconds(90));
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        load(client, "/login", 2_000); // warm-up
        load(client, "/css/liaison.css", 2_000);
        Thread.sleep(10_000);
        System.out.printf("idle RSS after warm-up and 10 s idle                %6d MB%n", rssMb(node.pid()));

        var statics = load(client, "/css/liaison.css", requests);
        var login = load(client, "/login", requests);
        System.out.printf("static file, 50 clients: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  %.0f req/s%n",
                statics.p(50), statics.p(95), statics.p(99), statics.throughput());
        System.out.printf("login page,  50 clients: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  %.0f req/s  (p95 %.1f× static)%n",
                login.p(50), login.p(95), login.p(99), login.throughput(), login.p(95) / statics.p(95));
        System.out.printf("RSS after load                                      %6d MB%n", rssMb(node.pid()));
        node.destroy();
        node.waitFor();
    }

    /** Milliseconds from the JVM's launch to the readiness probe's 200; then stops it and waits for the exit. */
    private static double coldStart(String java, Path dataDir, StartVariant variant) {
        try {
            long started = System.nanoTime();
            var process = start(java, variant.jar(), dataDir, variant.flags());
            awaitReady(Duration.ofSeconds(300));
            double ms = (System.nanoTime() - started) / 1e6;
            process.destroy();
            process.waitFor();
            awaitExit();
            return ms;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Process start(String java, Path jar, Path dataDir, List<String> flags) throws IOException {
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(flags);
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("node.log").toFile());
        builder.environment().putAll(Map.of("PORT", Integer.toString(PORT), "LIAISON_NODE_ID", "KH-1",
                "LIAISON_NODE_COUNTRY", "KH", "LIAISON_DATA_DIR", dataDir.toString()));
        return builder.start();
    }

    private static void awaitReady(Duration limit) throws InterruptedException {
        var client = HttpClient.newHttpClient();
        var deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not open yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the node did not become ready in " + limit);
    }

    /** Waits until the port is free again, so the next start measures a cold process. */
    private static void awaitExit() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try (var socket = new java.net.Socket("localhost", PORT)) {
                Thread.sleep(50);
            } catch (IOException closed) {
                return;
            }
        }
    }

    record Latencies(double[] millis, double seconds) {
        double p(int percentile) {
            return millis[Math.min(millis.length - 1, (int) Math.ceil(percentile / 100.0 * millis.length) - 1)];
        }

        double throughput() {
            return millis.length / seconds;
        }
    }

    /** 50 concurrent clients issue {@code total} GETs between them; bounded in count, loopback only. */
    private static Latencies load(HttpClient client, String path, int total) throws Exception {
        var uri = URI.create("http://localhost:" + PORT + path);
        var latencies = new double[total];
        var next = new AtomicInteger();
        long started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(50)) {
            for (int c = 0; c < 50; c++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        long t = System.nanoTime();
                        var response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(path + " answered " + response.statusCode());
                        }
                        latencies[i] = (System.nanoTime() - t) / 1e6;
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        return new Latencies(latencies, seconds);
    }

    private static long rssMb(long pid) throws IOException {
        for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static double median(int runs, java.util.function.DoubleSupplier measure) {
        var values = new double[runs];
        for (int i = 0; i < runs; i++) {
            values[i] = measure.getAsDouble();
        }
        return median(values);
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double time(List<String> command) {
        try {
            long started = System.nanoTime();
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
            return (System.nanoTime() - started) / 1e6;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
