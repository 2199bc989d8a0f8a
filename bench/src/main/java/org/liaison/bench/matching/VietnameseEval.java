package org.liaison.bench.matching;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese diacritics: the accented names (boy.txt, girl.txt) are the watchlist, the line-aligned
 * unaccented ones the queries. Different accented names fold to the same letters (An Lai / Ân Lai): an
 * unaccented query cannot tell them apart, so besides strict recall@1 the table counts a top hit that is
 * the query's own entry or a homograph of it (same letters once diacritics are removed).
 */
final class VietnameseEval {

    private VietnameseEval() {
    }

    private static String name(List<Rec> entries, String id) {
        return entries.stream().filter(r -> r.id().equals(id)).findFirst().map(Rec::name).orElse("");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('ð', 'd').strip();
    }

    static void print(Path data, List<Engine> engines) throws Exception {
        Path dir = data.resolve("names/vietnamese");
        List<Rec> entries = new ArrayList<>();
        List<Rec> queries = new ArrayList<>();
        for (String list : List.of("boy", "girl")) {
            List<String> accented = Datasets.lines(dir.resolve(list + ".txt"));
            List<String> plain = Datasets.lines(dir.resolve(list + "_no_accents.txt"));
            for (int i = 0; i < accented.size(); i++) {
                entries.add(Rec.named(list + i, accented.get(i)));
                queries.add(Rec.named(list + i, plain.get(i)));
            }
        }
        System.out.println("\n## Vietnamese diacritics: " + entries.size() + " accented entries, unaccented queries\n");
        System.out.println("| engine | recall@1 (strict) | recall@1 (own entry or homograph first) | recall@10 |");
        System.out.println("|---|---|---|---|");
        for (Engine e : engines) {
            e.index(entries);
            int strict = 0;
            int tied = 0;
            int top10 = 0;
            for (Rec q : queries) {
                List<Engine.Scored> hits = e.search(q, 10);
                int rank = ScreeningEval.rank(hits, q.id());
                strict += rank == 0 ? 1 : 0;
                tied += rank == 0 || !hits.isEmpty() && fold(name(entries, hits.getFirst().id())).equals(fold(name(entries, q.id()))) ? 1 : 0;
                top10 += rank >= 0 ? 1 : 0;
            }
            double n = queries.size();
            System.out.printf(Locale.ROOT, "%s: %d queries, %d distinct accented names, %d distinct unaccented%n", e.name(),
                    queries.size(), entries.stream().map(Rec::name).distinct().count(),
                    queries.stream().map(Rec::name).distinct().count());
            System.out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f |%n", e.name(), strict / n, tied / n, top10 / n);
        }
    }
}
