package org.liaison.bench.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Decisions to sweep a threshold over: each has a score, whether it would be a correct alert (a true match)
 * and whether it belongs to the positives. Best F1 and the figures at a given threshold come from one sort.
 */
final class Alerts {

    private record Decision(double score, boolean correct) {
    }

    private final List<Decision> decisions = new ArrayList<>();
    private int positives;

    void positive() {
        positives++;
    }

    void add(double score, boolean correct) {
        decisions.add(new Decision(score, correct));
    }

    int positives() {
        return positives;
    }

    /** Precision, recall and F1 at a threshold. */
    double[] at(double threshold) {
        int tp = 0;
        int fp = 0;
        for (Decision d : decisions) {
            if (d.score() >= threshold) {
                if (d.correct()) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        return prf(tp, fp);
    }

    int falseAlertsAt(double threshold) {
        return (int) decisions.stream().filter(d -> d.score() >= threshold && !d.correct()).count();
    }

    /** {threshold, precision, recall, f1} maximising F1. */
    double[] best() {
        List<Decision> sorted = new ArrayList<>(decisions);
        sorted.sort((a, b) -> Double.compare(b.score(), a.score()));
        double[] best = {Double.NaN, 0, 0, 0};
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).correct()) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = i + 1 == sorted.size() || sorted.get(i + 1).score() < sorted.get(i).score();
            double[] p = prf(tp, fp);
            if (lastOfTie && p[2] > best[3]) {
                best = new double[] {sorted.get(i).score(), p[0], p[1], p[2]};
            }
        }
        return best;
    }

    private double[] prf(int tp, int fp) {
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = positives == 0 ? 0 : (double) tp / positives;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }
}
