package org.liaison.bench.matching;

import java.util.List;
import java.util.Locale;

/**
 * Watchlist screening: positives must find their entry first, negatives must not alert. One query gives one
 * decision (its top hit): correct when a positive's top hit is its own entry.
 */
final class ScreeningEval {

    private ScreeningEval() {
    }

    /** Runs one engine; {@code threshold} NaN means "at the engine's best-F1 threshold". */
    static String run(Engine engine, List<Rec> entries, List<Rec> positives, List<String> expected,
                      List<Rec> negatives, double threshold) throws Exception {
        engine.index(entries);
        Alerts alerts = new Alerts();
        int first = 0;
        int top10 = 0;
        long start = System.nanoTime();
        for (int i = 0; i < positives.size(); i++) {
            List<Engine.Scored> hits = engine.search(positives.get(i), 10);
            alerts.positive();
            int rank = rank(hits, expected.get(i));
            first += rank == 0 ? 1 : 0;
            top10 += rank >= 0 ? 1 : 0;
            alerts.add(hits.isEmpty() ? 0 : hits.getFirst().score(), rank == 0);
        }
        for (Rec n : negatives) {
            List<Engine.Scored> hits = engine.search(n, 1);
            alerts.add(hits.isEmpty() ? 0 : hits.getFirst().score(), false);
        }
        double ms = (System.nanoTime() - start) / 1e6 / (positives.size() + negatives.size());
        double[] best = alerts.best();
        double t = Double.isNaN(threshold) ? best[0] : threshold;
        double[] at = alerts.at(t);
        int falseAlerts = alerts.falseAlertsAt(t);
        return String.format(Locale.ROOT, "| %s | %d/%d (%.4f) | %d/%d (%.4f) | %.3f | %.3f (%.2f per 1,000) | %.3f | %.3f @ %.3f | %.2f ms |",
                engine.name(), first, positives.size(), first / (double) positives.size(), top10, positives.size(),
                top10 / (double) positives.size(), t, at[1], falseAlerts * 1000.0 / negatives.size(), at[2], best[3], best[0], ms);
    }

    static int rank(List<Engine.Scored> hits, String expected) {
        for (int r = 0; r < hits.size(); r++) {
            if (hits.get(r).id().equals(expected)) {
                return r;
            }
        }
        return -1;
    }
}
