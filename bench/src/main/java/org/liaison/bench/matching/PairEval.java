package org.liaison.bench.matching;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.liaison.matching.EntityKind;
import org.liaison.matching.NameIndex;
import org.liaison.matching.Person;

/**
 * The multi-script pair set (matching/src/test/resources/pairs): F1 at a fixed threshold by part (tune,
 * held-out), entity kind and script. Ours at {@link NameIndex#DEFAULT_THRESHOLD} through {@code compare}; each
 * baseline scores a pair by indexing the second name alone and searching the first, at the threshold that gives
 * it its best F1 on the tune part (which flatters it on that part).
 */
final class PairEval {

    record Pair(String part, String kind, String script, boolean match, String a, String b) {
    }

    private PairEval() {
    }

    static void print(Path file, List<Engine> baselines) throws Exception {
        List<Pair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).subList(1, Files.readAllLines(file).size())) {
            String[] c = line.split("\t");
            if (c.length == 6) {
                pairs.add(new Pair(c[0], c[1], c[2], c[3].equals("1"), c[4], c[5]));
            }
        }
        System.out.println("\n## Multi-script pairs: " + pairs.size() + " labelled pairs (" + file + ")\n");
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        double[] ours = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            EntityKind kind = EntityKind.valueOf(p.kind());
            ours[i] = NameIndex.compare(new Person("a", List.of(p.a()), null, null, null, List.of(), kind),
                    new Person("b", List.of(p.b()), null, null, null, List.of(), kind)).score();
        }
        scores.put("Liaison", ours);
        thresholds.put("Liaison", NameIndex.DEFAULT_THRESHOLD);
        for (Engine e : baselines) {
            double[] s = new double[pairs.size()];
            for (int i = 0; i < pairs.size(); i++) {
                e.index(List.of(Rec.named("b", pairs.get(i).b())));
                List<Engine.Scored> hits = e.search(Rec.named("a", pairs.get(i).a()), 1);
                s[i] = hits.isEmpty() ? 0 : hits.getFirst().score();
            }
            scores.put(e.name(), s);
            thresholds.put(e.name(), bestThreshold(pairs, s, p -> p.part().equals("tune")));
        }
        System.out.println("| part | slice | pairs | " + String.join(" | ", scores.keySet()) + " |");
        System.out.println("|---|---|---|" + "---|".repeat(scores.size()));
        for (String part : List.of("tune", "held-out")) {
            List<String> slices = new ArrayList<>(List.of("all", "kind PERSON", "kind ORGANISATION"));
            pairs.stream().filter(p -> p.part().equals(part)).map(p -> "script " + p.script()).distinct().sorted()
                    .forEach(slices::add);
            for (String slice : slices) {
                Predicate<Pair> in = p -> p.part().equals(part) && (slice.equals("all")
                        || slice.equals("kind " + p.kind()) || slice.equals("script " + p.script()));
                long n = pairs.stream().filter(in).count();
                StringBuilder row = new StringBuilder("| %s | %s | %d |".formatted(part, slice, n));
                for (var entry : scores.entrySet()) {
                    row.append(String.format(Locale.ROOT, " %.2f |", f1(pairs, entry.getValue(), in,
                            thresholds.get(entry.getKey()))));
                }
                System.out.println(row);
            }
        }
        System.out.print("\nthresholds:");
        thresholds.forEach((k, v) -> System.out.printf(Locale.ROOT, " %s %.3f;", k, v));
        System.out.println();
    }

    static double f1(List<Pair> pairs, double[] scores, Predicate<Pair> in, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (!in.test(pairs.get(i))) {
                continue;
            }
            boolean said = scores[i] >= threshold;
            boolean truth = pairs.get(i).match();
            tp += said && truth ? 1 : 0;
            fp += said && !truth ? 1 : 0;
            fn += !said && truth ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static double bestThreshold(List<Pair> pairs, double[] scores, Predicate<Pair> in) {
        double best = 0;
        double bestF1 = -1;
        for (double s : scores) {
            double f = f1(pairs, scores, in, s);
            if (f > bestF1 && s > 0) {
                bestF1 = f;
                best = s;
            }
        }
        return best;
    }
}
