package org.liaison.screening.input;

/** A threshold below 0.5 floods officers with noise; above 0.99 only exact spellings would come up. */
public final class Thresholds {

    private Thresholds() {
    }

    public static double check(double threshold) {
        if (!valid(threshold)) {
            throw new CodedInvalidInput("threshold", "a threshold is between 0.50 and 0.99");
        }
        return threshold;
    }

    public static boolean valid(double threshold) {
        return !Double.isNaN(threshold) && threshold >= 0.5 && threshold <= 0.99;
    }
}
