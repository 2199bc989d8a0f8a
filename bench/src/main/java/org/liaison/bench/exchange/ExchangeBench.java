package org.liaison.bench.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Sent;
import org.liaison.exchange.payload.DrugTraffickingInformation;
import org.liaison.identity.OfficerId;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signed, policy-checked, exactly-once messages from KH-1 to LA-1 (two nodes in this JVM, each on its own
 * database of one durable embedded PostgreSQL), at fixed offered rates with 1 KiB payloads: delivered msg/s
 * and end-to-end latency (sender's commit to receiver's commit), then the same with the receiver restarted
 * mid-run; against a baseline of the same payloads posted unsigned, without outbox, to a bare HTTP server
 * that inserts each into PostgreSQL, in the same run.
 *
 * <p>Usage: {@code ExchangeBench [seconds per rate] [rates, comma-separated] [async]}; {@code async} turns
 * PostgreSQL's {@code synchronous_commit} off, a diagnostic that shows what waiting for the disk costs.
 */
public final class ExchangeBench {

    private static final String BODY = "x".repeat(1024 - 120);

    private ExchangeBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        var rates = args.length > 1 ? List.of(args[1].split(",")).stream().map(Integer::parseInt).toList() : List.of(250, 500, 1000);
        System.out.println("Liaison exchange benchmark — " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version") + ", " + seconds + " s per rate, 1 KiB payloads");
        var async = args.length > 2 && args[2].equals("async");
        if (async) {
            System.out.println("DIAGNOSTIC: synchronous_commit=off (a crash may lose the last commits; not a product setting)");
        }
        try (var postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                .setServerConfig("synchronous_commit", async ? "off" : "on").start()) {
            for (var db : List.of("kh", "la", "baseline")) {
                postgres.getPostgresDatabase().getConnection().createStatement().execute("create database " + db);
            }
            var la = new BenchNode("LA-1", postgres.getJdbcUrl("postgres", "la"));
            var kh = new BenchNode("KH-1", postgres.getJdbcUrl("postgres", "kh"));
            kh.peer(la);
            la.peer(kh);
            la.start();
            kh.start();
            awaitReady(kh, la);
            var baseline = new PlainBaseline(postgres.getJdbcUrl("postgres", "baseline"));
            // Warm at a low and then a higher rate, so the JIT has compiled the paths a busy node runs: measured
            // right after the low rate alone, the first run at 1,000 msg/s had twice to five times the p99 of
            // the same run measured after one at 800 msg/s (docs/benchmarks.md).
            run("warm-up (not counted)", kh, la, 300, 20, false);
            run("warm-up (not counted)", kh, la, 700, 20, false);
            baseline.run(300, 8, BODY);
            analyze(postgres);
            for (int rate : rates) {
                var signed = run("signed exchange", kh, la, rate, seconds, false);
                var plain = baseline.run(rate, seconds, BODY);
                System.out.printf("  baseline at %4d/s offered: %7.1f msg/s  %s%n", rate, plain.rate(), plain.latencies());
                System.out.printf("  cost of the guarantees: %.1f× the baseline's p50 latency%n", signed.latencies().p50() / plain.latencies().p50());
            }
            run("signed exchange, receiver restarted mid-run", kh, la, rates.getFirst(), seconds, true);
            kh.stop();
            la.stop();
            baseline.close();
        }
        System.exit(0);
    }

    /**
     * Gives the planner the statistics a running node's database has (autovacuum analyzes a table once it has
     * changed by a tenth): without them, PostgreSQL plans for the empty tables the run started with.
     */
    private static void analyze(EmbeddedPostgres postgres) throws java.sql.SQLException {
        for (var db : List.of("kh", "la", "baseline")) {
            try (var connection = postgres.getDatabase("postgres", db).getConnection()) {
                connection.createStatement().execute("analyze");
            }
        }
    }

    private static Result run(String name, BenchNode kh, BenchNode la, int rate, int seconds, boolean restart) throws Exception {
        var sent = new ConcurrentHashMap<UUID, Boolean>();
        var pacer = new Pacer(rate, Duration.ofSeconds(seconds));
        var restarter = restart ? Thread.ofPlatform().start(() -> restartMidway(la, seconds)) : null;
        var start = Instant.now();
        var failures = pacer.run(() -> sent.put(send(kh), Boolean.TRUE));
        var sending = Duration.between(start, Instant.now()).toNanos() / 1e9;
        if (restarter != null) {
            restarter.join();
        }
        var ids = List.copyOf(sent.keySet());
        awaitDelivered(kh, ids, Duration.ofSeconds(180));
        var result = measure(kh, la, ids, start);
        System.out.printf("%s at %4d/s offered: sent %6d, delivered %6d, lost %d, duplicated %d, send failures %d%n",
                name, rate, ids.size(), result.delivered(), result.lost(), result.duplicated(), failures);
        System.out.printf("  %7.1f msg/s delivered  %s  (sends committed at %.1f msg/s)%n", result.rate(), result.latencies(),
                ids.size() / sending);
        return result;
    }

    static UUID send(BenchNode kh) {
        var principal = new OfficerPrincipal(OfficerId.random(), "bench", "Bench", "KH/MOI", EnumSet.of(Role.BORDER_OFFICER));
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("FACTOR_COMPLETE"), new SimpleGrantedAuthority("ROLE_BORDER_OFFICER")));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            var payload = new DrugTraffickingInformation("Bench " + UUID.randomUUID(), BODY, null, null, null, null, null);
            var result = kh.bean(Exchange.class).send(new OutgoingMessage(AgencyId.of("KH/MOI"), AgencyId.of("LA/MPS"),
                    MessageKind.NOTIFICATION, DataCategory.DRUG_TRAFFICKING_INFORMATION, Purpose.INVESTIGATION, payload,
                    null, null, List.of()));
            if (result instanceof Sent sent) {
                return sent.id().value();
            }
            throw new IllegalStateException("the benchmark's message was refused: " + result);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Result measure(BenchNode kh, BenchNode la, List<UUID> ids, Instant start) {
        Map<UUID, Instant> queued = times(kh.bean(JdbcClient.class), "OUT", ids);
        var receivedRows = la.bean(JdbcClient.class).sql("""
                select id, created_at from exchange_message where direction = 'IN' and id = any(?)""")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).list();
        var latencies = new ArrayList<Double>();
        var last = start;
        for (var row : receivedRows) {
            latencies.add(Duration.between(queued.get(row.getKey()), row.getValue()).toNanos() / 1e6);
            last = row.getValue().isAfter(last) ? row.getValue() : last;
        }
        long distinct = receivedRows.stream().map(Map.Entry::getKey).distinct().count();
        double seconds = Duration.between(start, last).toNanos() / 1e9;
        return new Result(distinct, ids.size() - distinct, receivedRows.size() - distinct, distinct / seconds,
                Latencies.of(latencies));
    }

    private static Map<UUID, Instant> times(JdbcClient db, String direction, List<UUID> ids) {
        var map = new ConcurrentHashMap<UUID, Instant>();
        db.sql("select id, created_at from exchange_message where direction = ? and id = any(?)")
                .params(direction, ids.toArray(UUID[]::new))
                .query((rs, n) -> map.put(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant())).list();
        return map;
    }

    private static void awaitDelivered(BenchNode kh, List<UUID> ids, Duration timeout) throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long delivered = kh.bean(JdbcClient.class).sql("""
                    select count(*) from exchange_message where direction = 'OUT' and status = 'DELIVERED' and id = any(?)""")
                    .param(ids.toArray(UUID[]::new)).query(Long.class).single();
            if (delivered == ids.size()) {
                return;
            }
            Thread.sleep(100); // the benchmark's own polling, not a test
        }
    }

    private static void restartMidway(BenchNode la, int seconds) {
        try {
            Thread.sleep(seconds * 1000L / 3);
            la.stop();
            Thread.sleep(2000);
            la.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void awaitReady(BenchNode kh, BenchNode la) throws InterruptedException {
        var query = new PolicyQuery(AgencyId.of("KH/MOI"), AgencyId.of("LA/MPS"), DataCategory.DRUG_TRAFFICKING_INFORMATION,
                Purpose.INVESTIGATION, Instant.now());
        Supplier<Boolean> ready = () -> kh.bean(AgreementRegistry.class).decide(query).allowed()
                && la.bean(AgreementRegistry.class).decide(query).allowed()
                && kh.bean(JdbcClient.class).sql("select count(*) from exchange_partner_key").query(Long.class).single() > 0
                && la.bean(JdbcClient.class).sql("select count(*) from exchange_partner_key").query(Long.class).single() > 0;
        for (int i = 0; i < 600 && !ready.get(); i++) {
            Thread.sleep(100);
        }
    }

    record Result(long delivered, long lost, long duplicated, double rate, Latencies latencies) {
    }
}
