package org.liaison.bench.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Baseline: Apache Commons Text Jaro-Winkler of the lower-cased full names against every entry. */
final class JaroWinklerBruteForce implements Engine {

    private final JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
    private String[] ids = new String[0];
    private String[] names = new String[0];

    @Override
    public String name() {
        return "Commons Text Jaro-Winkler, brute force";
    }

    @Override
    public void index(List<Rec> entries) {
        ids = entries.stream().map(Rec::id).toArray(String[]::new);
        names = entries.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    @Override
    public List<Scored> search(Rec query, int k) {
        String q = query.name().toLowerCase(Locale.ROOT);
        PriorityQueue<Scored> top = new PriorityQueue<>((a, b) -> Double.compare(a.score(), b.score()));
        for (int i = 0; i < names.length; i++) {
            double s = jw.apply(q, names[i]);
            if (top.size() < k) {
                top.add(new Scored(ids[i], s));
            } else if (s > top.peek().score()) {
                top.poll();
                top.add(new Scored(ids[i], s));
            }
        }
        List<Scored> out = new ArrayList<>(top);
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }
}
