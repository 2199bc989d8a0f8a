package org.liaison.bench.pressrelease;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.liaison.agreements.pressrelease.PressReleaseReader;
import org.liaison.bench.pressrelease.baseline.BaselineReader;

/**
 * bench/run press-reader [corpusDir]: per-field precision and recall of the press-release reader over the corpus
 * (app/src/test/resources/pressrelease/corpus), the tuned and the held-out releases apart, against the reader as it
 * was before issue 17 (a frozen copy, {@link BaselineReader}) run in the same process on the same texts.
 */
public final class PressReaderBench {

    private PressReaderBench() {
    }

    public static void main(String[] args) {
        var dir = Path.of(args.length > 0 ? args[0] : "app/src/test/resources/pressrelease/corpus");
        var releases = Release.load(dir);
        Function<Release, Map<String, List<String>>> baseline = r -> Reading.of(BaselineReader.read(r.text(), r.asked()));
        Function<Release, Map<String, List<String>>> current = r -> Reading.of(PressReleaseReader.read(r.text(), r.asked()));
        var tunedBase = score(releases, false, baseline);
        var tunedNow = score(releases, false, current);
        var heldBase = score(releases, true, baseline);
        var heldNow = score(releases, true, current);
        long tuned = releases.stream().filter(r -> !r.heldOut()).count();
        System.out.printf(Locale.ROOT, "press-reader: %d releases, %d tuned, %d held out; cells are precision / recall%n%n",
                releases.size(), tuned, releases.size() - tuned);
        System.out.println("| field | tuned: baseline | tuned: now | held-out: baseline | held-out: now |");
        System.out.println("|---|---|---|---|---|");
        for (var field : Reading.FIELDS) {
            System.out.printf("| %s | %s | %s | %s | %s |%n", field, tunedBase.get(field).cell(), tunedNow.get(field).cell(),
                    heldBase.get(field).cell(), heldNow.get(field).cell());
        }
        System.out.printf("| **all fields** | %s | %s | %s | %s |%n", total(tunedBase).cell(), total(tunedNow).cell(),
                total(heldBase).cell(), total(heldNow).cell());
        System.out.printf(Locale.ROOT, "%nheld-out recall ratio now/baseline: %.2f; precision ratio: %.2f%n",
                total(heldNow).recall() / total(heldBase).recall(), total(heldNow).precision() / total(heldBase).precision());
        if (args.length > 1 && args[1].equals("--misses")) {
            misses(releases, current);
        }
    }

    private static Map<String, Score> score(List<Release> releases, boolean heldOut,
                                            Function<Release, Map<String, List<String>>> reader) {
        var scores = new LinkedHashMap<String, Score>();
        Reading.FIELDS.forEach(f -> scores.put(f, new Score()));
        releases.stream().filter(r -> r.heldOut() == heldOut).forEach(r -> {
            var found = reader.apply(r);
            var expected = Reading.expected(r.expected());
            Reading.FIELDS.forEach(f -> scores.get(f).add(f, expected.get(f), found.get(f)));
        });
        return scores;
    }

    private static Score total(Map<String, Score> scores) {
        var total = new Score();
        scores.values().forEach(total::add);
        return total;
    }

    /** With --misses: what the current reader got wrong on the tuned releases, to tune by (held-out ones stay unseen). */
    private static void misses(List<Release> releases, Function<Release, Map<String, List<String>>> reader) {
        releases.stream().filter(r -> !r.heldOut()).forEach(r -> {
            var found = reader.apply(r);
            var expected = Reading.expected(r.expected());
            for (var f : Reading.FIELDS) {
                var s = new Score();
                s.add(f, expected.get(f), found.get(f));
                if (s.falseNegatives + s.falsePositives > 0) {
                    System.out.printf("%s %s expected=%s found=%s%n", r.name(), f, expected.get(f), found.get(f));
                }
            }
        });
    }
}
