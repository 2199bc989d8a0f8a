package org.liaison.bench.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** What one run of the signed exchange at one offered rate measured, and how several runs sum up. */
record ExchangeRun(long delivered, long lost, long duplicated, double rate, Latencies latencies) {

    /**
     * Each figure's median over the runs (so the "median run" may mix figures of different runs); lost and
     * duplicated are the totals, since any one of them is a failure.
     */
    static ExchangeRun median(List<ExchangeRun> runs) {
        return new ExchangeRun(Math.round(median(runs, ExchangeRun::delivered)), runs.stream().mapToLong(ExchangeRun::lost).sum(),
                runs.stream().mapToLong(ExchangeRun::duplicated).sum(), median(runs, ExchangeRun::rate),
                new Latencies(median(runs, r -> r.latencies().p50()), median(runs, r -> r.latencies().p99()),
                        median(runs, r -> r.latencies().max())));
    }

    /** "delivered 612.0 msg/s (580.0–640.0), p50 …": the median and the range of each figure, and the totals. */
    static String spread(List<ExchangeRun> runs) {
        var totals = median(runs);
        return "delivered " + range(runs, ExchangeRun::rate, "msg/s") + ", p50 " + range(runs, r -> r.latencies().p50(), "ms")
                + ", p99 " + range(runs, r -> r.latencies().p99(), "ms") + ", lost " + totals.lost()
                + ", duplicated " + totals.duplicated();
    }

    private static String range(List<ExchangeRun> runs, ToDoubleFunction<ExchangeRun> figure, String unit) {
        var values = sorted(runs, figure);
        return String.format(Locale.ROOT, "%.1f %s (%.1f–%.1f)", median(values), unit, values[0], values[values.length - 1]);
    }

    private static double median(List<ExchangeRun> runs, ToDoubleFunction<ExchangeRun> figure) {
        return median(sorted(runs, figure));
    }

    private static double[] sorted(List<ExchangeRun> runs, ToDoubleFunction<ExchangeRun> figure) {
        var values = runs.stream().mapToDouble(figure).toArray();
        Arrays.sort(values);
        return values;
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
