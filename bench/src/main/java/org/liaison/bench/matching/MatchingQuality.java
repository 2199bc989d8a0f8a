package org.liaison.bench.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.liaison.matching.NameIndex;

/**
 * Quality of name matching on public data, ours against Commons Text Jaro-Winkler brute force and Lucene
 * FuzzyQuery in the same run. Usage: {@code MatchingQuality [dataDir] [crossScriptPairs]}, defaults
 * {@code ../shared/data} and {@code matching/src/test/resources/cross-script/pairs.tsv}.
 */
public final class MatchingQuality {

    private MatchingQuality() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path pairs = Path.of(args.length > 1 ? args[1] : "matching/src/test/resources/cross-script/pairs.tsv");
        String only = System.getProperty("only", "");
        if (only.isEmpty() || only.contains("un")) {
            screening(data);
        }
        if (only.isEmpty() || only.contains("febrl")) {
            FebrlEval.print(data, engines());
        }
        if (only.isEmpty() || only.contains("vi")) {
            VietnameseEval.print(data, engines());
        }
        if (only.isEmpty() || only.contains("cross")) {
            CrossScriptEval.print(data, pairs, engines());
        }
        if (only.isEmpty() || only.contains("pairs")) {
            PairEval.print(Path.of(System.getProperty("pairs", "matching/src/test/resources/pairs/pairs.tsv")),
                    engines().subList(1, engines().size()));
        }
    }

    /** {@code -Dengines=ours} skips the baselines (for quick iterations). */
    static List<Engine> engines() {
        if (System.getProperty("engines", "").equals("ours")) {
            return List.of(new OursEngine(true));
        }
        return List.of(new OursEngine(true), new JaroWinklerBruteForce(), new LuceneFuzzy());
    }

    private static void screening(Path data) throws Exception {
        Path dir = data.resolve("screening-un");
        List<Rec> entries = Datasets.screening(dir.resolve("positives_un_untreated.csv"), "un-");
        List<Rec> positives = Datasets.screening(dir.resolve("positives_un_treated.csv"), "q-");
        List<Rec> negatives = Datasets.screening(dir.resolve("negatives_global.csv"), "neg-");
        List<String> expected = IntStream.range(0, entries.size()).mapToObj(i -> "un-" + i).toList();
        System.out.println("\n## screening-un: 683 entries, 683 perturbed queries + " + negatives.size() + " negatives\n");
        System.out.println("| engine | recall@1 | recall@10 | threshold | recall@1 at threshold | false alerts at threshold | F1 at threshold | best F1 @ threshold | time/query |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        List<String> rows = new ArrayList<>();
        rows.add(ScreeningEval.run(new OursEngine(true), entries, positives, expected, negatives, NameIndex.DEFAULT_THRESHOLD));
        rows.add(ScreeningEval.run(new OursEngine(false), entries, positives, expected, negatives, NameIndex.DEFAULT_THRESHOLD));
        rows.forEach(System.out::println);
        System.out.println(ScreeningEval.run(new JaroWinklerBruteForce(), entries, positives, expected, negatives, Double.NaN));
        System.out.println(ScreeningEval.run(new LuceneFuzzy(), entries, positives, expected, negatives, Double.NaN));
    }
}
