package org.liaison.bench.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cross-script: the Latin spellings of the documented pairs hidden among the screening-un entries and
 * negatives (about 51,000 distractors, including Thai-script names); queries are the native-script names.
 */
final class CrossScriptEval {

    private CrossScriptEval() {
    }

    static void print(Path data, Path pairsFile, List<Engine> engines) throws Exception {
        List<String[]> pairs = Datasets.crossScript(pairsFile);
        List<Rec> entries = new ArrayList<>();
        List<Rec> queries = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            entries.add(Rec.named("x" + i, pairs.get(i)[2]));
            queries.add(Rec.named("x" + i, pairs.get(i)[1]));
        }
        Path un = data.resolve("screening-un");
        entries.addAll(Datasets.screening(un.resolve("positives_un_untreated.csv"), "un-"));
        entries.addAll(Datasets.screening(un.resolve("negatives_global.csv"), "neg-"));
        System.out.println("\n## Cross-script: " + pairs.size() + " native-script queries, " + entries.size() + " Latin entries\n");
        System.out.println("| engine | script | queries | recall@1 | recall@10 |");
        System.out.println("|---|---|---|---|---|");
        for (Engine e : engines) {
            e.index(entries);
            for (String script : List.of("khmer", "lao", "thai", "all")) {
                int n = 0;
                int first = 0;
                int top10 = 0;
                for (int i = 0; i < pairs.size(); i++) {
                    if (!script.equals("all") && !pairs.get(i)[0].equals(script)) {
                        continue;
                    }
                    n++;
                    int rank = ScreeningEval.rank(e.search(queries.get(i), 10), "x" + i);
                    first += rank == 0 ? 1 : 0;
                    top10 += rank >= 0 ? 1 : 0;
                }
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %.4f | %.4f |%n", e.name(), script, n,
                        n == 0 ? 0 : first / (double) n, n == 0 ? 0 : top10 / (double) n);
            }
        }
    }
}
