package org.liaison.bench.matching;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaison.matching.NameIndex;

/** FEBRL: 4a↔4b linkage (top hit per 4b record) and dataset3 deduplication (pairs among the top 10). */
final class FebrlEval {

    private FebrlEval() {
    }

    static void print(Path data, List<Engine> engines) throws Exception {
        Path dir = data.resolve("febrl");
        List<Rec> a = Datasets.febrl(dir.resolve("dataset4a.csv"));
        List<Rec> b = Datasets.febrl(dir.resolve("dataset4b.csv"));
        List<Rec> d3 = Datasets.febrl(dir.resolve("dataset3.csv"));
        System.out.println("\n## FEBRL (given name, surname, date of birth, social security number)\n");
        System.out.println("| task | engine | precision | recall | F1 at threshold | best F1 @ threshold |");
        System.out.println("|---|---|---|---|---|---|");
        for (Engine e : engines) {
            System.out.println(row("4a↔4b linkage", e, link(e, a, b)));
        }
        for (Engine e : engines) {
            System.out.println(row("dataset3 dedup", e, dedup(e, d3)));
        }
    }

    private static String row(String task, Engine e, Alerts alerts) {
        double[] best = alerts.best();
        double t = e instanceof OursEngine ? NameIndex.DEFAULT_THRESHOLD : best[0];
        double[] at = alerts.at(t);
        return String.format(Locale.ROOT, "| %s | %s | %.4f | %.4f | %.4f @ %.3f | %.4f @ %.3f |",
                task, e.name(), at[0], at[1], at[2], t, best[3], best[0]);
    }

    private static Alerts link(Engine e, List<Rec> a, List<Rec> b) throws Exception {
        e.index(a);
        Alerts alerts = new Alerts();
        for (Rec q : b) {
            alerts.positive();
            List<Engine.Scored> hits = e.search(q, 1);
            if (!hits.isEmpty()) {
                boolean correct = Datasets.febrlNumber(hits.getFirst().id()).equals(Datasets.febrlNumber(q.id()));
                alerts.add(hits.getFirst().score(), correct);
            }
        }
        return alerts;
    }

    private static Alerts dedup(Engine e, List<Rec> records) throws Exception {
        e.index(records);
        Alerts alerts = new Alerts();
        Map<String, Integer> clusterSizes = new HashMap<>();
        records.forEach(r -> clusterSizes.merge(Datasets.febrlNumber(r.id()), 1, Integer::sum));
        clusterSizes.values().forEach(n -> {
            for (int k = 0; k < n * (n - 1) / 2; k++) {
                alerts.positive();
            }
        });
        Map<String, Double> pairs = new HashMap<>();
        for (Rec q : records) {
            for (Engine.Scored hit : e.search(q, 10)) {
                if (!hit.id().equals(q.id())) {
                    String key = q.id().compareTo(hit.id()) < 0 ? q.id() + "|" + hit.id() : hit.id() + "|" + q.id();
                    pairs.merge(key, hit.score(), Math::max);
                }
            }
        }
        pairs.forEach((key, score) -> {
            String[] ids = key.split("\\|");
            alerts.add(score, Datasets.febrlNumber(ids[0]).equals(Datasets.febrlNumber(ids[1])));
        });
        return alerts;
    }
}
