package org.liaison.bench.pressrelease;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** True positives, false positives and false negatives of one field, matched one to one. */
final class Score {

    int truePositives;
    int falsePositives;
    int falseNegatives;

    void add(String field, List<String> expected, List<String> found) {
        var left = new ArrayList<>(expected);
        for (var f : found) {
            var match = left.stream().filter(e -> same(field, e, f)).findFirst();
            if (match.isPresent()) {
                truePositives++;
                left.remove(match.get());
            } else {
                falsePositives++;
            }
        }
        falseNegatives += left.size();
    }

    void add(Score other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
    }

    double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? Double.NaN : (double) truePositives / found;
    }

    double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? Double.NaN : (double) truePositives / expected;
    }

    String cell() {
        return format(precision()) + " / " + format(recall());
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "  –  " : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Posts match when one contains the other once "interior minister" reads "minister of interior". */
    private static boolean same(String field, String expected, String found) {
        if (!field.equals("office")) {
            return expected.equalsIgnoreCase(found);
        }
        var e = expected.split("=", 2);
        var f = found.split("=", 2);
        if (!e[0].equalsIgnoreCase(f[0])) {
            return false;
        }
        var eo = post(e[1]);
        var fo = post(f[1]);
        return eo.contains(fo) || fo.contains(eo);
    }

    private static String post(String office) {
        return office.toLowerCase(Locale.ROOT).replace("the ", "")
                .replaceAll("\\b(interior|foreign|justice|home affairs|agriculture) minister\\b", "minister of $1").strip();
    }
}
