package org.liaison.bench.screening;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.liaison.bench.exchange.BenchNode;
import org.liaison.bench.exchange.Latencies;
import org.liaison.identity.OfficerId;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.Role;
import org.liaison.matching.NameIndex;
import org.liaison.matching.Person;
import org.liaison.matching.Query;
import org.liaison.screening.AlertDraft;
import org.liaison.screening.AlertSubject;
import org.liaison.screening.NoticeType;
import org.liaison.screening.Screening;
import org.liaison.screening.ScreeningBatch;
import org.liaison.screening.Traveller;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Screening at a checkpoint through the whole node: the 683 UN watchlist persons issued as alerts, then the
 * 683 perturbed queries and 2,000 negatives screened through the {@code Screening} facade (validation, index,
 * the screening and its hits written and audited in one transaction) on one and two threads, and a 10,000-row
 * list uploaded and screened by the workers. Baseline in the same run: the same queries against a bare
 * {@link NameIndex} of the same persons, so the cost of recording every screening is visible.
 *
 * <p>Usage: {@code ScreeningBench [dataDir]} (default {@code ../shared/data}).
 */
public final class ScreeningBench {

    private ScreeningBench() {
    }

    public static void main(String[] args) throws Exception {
        var data = Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("screening-un");
        var watchlist = read(data.resolve("positives_un_untreated.csv"), Integer.MAX_VALUE);
        var queries = new ArrayList<>(read(data.resolve("positives_un_treated.csv"), Integer.MAX_VALUE));
        queries.addAll(read(data.resolve("negatives_global.csv"), 2_000));
        System.out.println("Liaison screening benchmark — " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version") + ", " + watchlist.size() + " alerts, " + queries.size() + " queries");
        // The node on its own durable embedded PostgreSQL, as users run it (before issue 20: a shared one, fsync off).
        var node = new BenchNode("KH-1", true).start();
        var screening = node.bean(Screening.class);
        asOfficer(() -> watchlist.forEach(p -> screening.issue(alert(p), null)));
        var index = NameIndex.of(watchlist.stream().map(p -> new Person(p.name(), List.of(p.name()), p.born(),
                p.nationality(), null, List.of())));

        measure("warm-up (not counted)", queries, 1, q -> asOfficer(() -> screening.screen(q.traveller(), null)));
        measure("baseline warm-up (not counted)", queries, 1, q -> index.search(q.query(), 10));
        var bare = measure("baseline: bare NameIndex, 1 thread", queries, 1, q -> index.search(q.query(), 10));
        var one = measure("facade screen(), 1 thread", queries, 1, q -> asOfficer(() -> screening.screen(q.traveller(), null)));
        measure("facade screen(), 2 threads", queries, 2, q -> asOfficer(() -> screening.screen(q.traveller(), null)));
        System.out.printf("cost of recording and auditing every screening: +%.2f ms at p50 (%.0f× the bare index)%n",
                one.p50() - bare.p50(), one.p50() / bare.p50());
        batch(screening, queries);
        node.stop();
        System.exit(0);
    }

    private static Latencies measure(String name, List<Row> queries, int threads, Consumer<Row> screen) throws Exception {
        var millis = new ConcurrentLinkedQueue<Double>();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int offset = t;
                pool.submit(() -> {
                    for (int i = offset; i < queries.size(); i += threads) {
                        long began = System.nanoTime();
                        screen.accept(queries.get(i));
                        millis.add((System.nanoTime() - began) / 1e6);
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var latencies = Latencies.of(millis);
        System.out.printf(Locale.ROOT, "%-40s %8.0f screenings/s  %s%n", name, queries.size() / seconds, latencies);
        return latencies;
    }

    private static void batch(Screening screening, List<Row> queries) throws Exception {
        var csv = new StringBuilder("name,date_of_birth,nationality\n");
        for (int i = 0; i < 10_000; i++) {
            var q = queries.get(i % queries.size());
            csv.append('"').append(q.name().replace("\"", "")).append("\",").append(q.born() == null ? "" : q.born())
                    .append(',').append(q.nationality() == null ? "" : q.nationality()).append('\n');
        }
        long start = System.nanoTime();
        var id = asOfficer(() -> screening.upload("bench.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null, null)).id();
        ScreeningBatch batch;
        do {
            Thread.sleep(200);
            batch = asOfficer(() -> screening.batch(id));
        } while (batch.status() != ScreeningBatch.Status.DONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "list of 10,000 rows uploaded and screened by the workers: %.1f s, %.0f rows/s, %d rows with matches%n",
                seconds, batch.total() / seconds, batch.matched());
    }

    private static AlertDraft alert(Row p) {
        return new AlertDraft(AlertSubject.PERSON, NoticeType.PERSON_OF_INTEREST, null, p.name(), null, p.born(),
                p.nationality(), null, null, null, "UN consolidated list (benchmark)", "Report the hit", null, null, List.of());
    }

    private static List<Row> read(Path file, int limit) throws Exception {
        var rows = new ArrayList<Row>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (rows.size() == limit) {
                    break;
                }
                var name = r.get(0).strip();
                var born = r.get(5).strip();
                var nationality = r.get(7).strip().toUpperCase(Locale.ROOT);
                if (!name.isEmpty() && name.length() <= 200) {
                    rows.add(new Row(name, born.matches(AlertDraft.DATE_OF_BIRTH) ? born : null,
                            nationality.matches("[A-Z]{2}") ? nationality : null));
                }
            }
        }
        return rows;
    }

    private static <T> T asOfficer(java.util.function.Supplier<T> work) {
        var principal = new OfficerPrincipal(OfficerId.random(), "bench", "Bench", "KH/MOI",
                EnumSet.of(Role.OFFICER, Role.BORDER_OFFICER));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("FACTOR_COMPLETE"), new SimpleGrantedAuthority("ROLE_OFFICER"),
                        new SimpleGrantedAuthority("ROLE_BORDER_OFFICER"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void asOfficer(Runnable work) {
        asOfficer(() -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    record Row(String name, String born, String nationality) {

        Traveller traveller() {
            return new Traveller(name, born, nationality, null, null, null, "Bench", null);
        }

        Query query() {
            return new Query(name, born, nationality, null, List.of());
        }
    }
}
