package org.liaison.bench.exchange;

import java.util.Collection;

/** Percentiles of end-to-end latencies in milliseconds. */
public record Latencies(double p50, double p99, double max) {

    public static Latencies of(Collection<Double> millis) {
        var sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Latencies(Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latencies(at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    @Override
    public String toString() {
        return String.format("p50 %6.1f ms  p99 %7.1f ms  max %7.1f ms", p50, p99, max);
    }
}
