package dev.skyway.portal.cost.internal.analysis;

import java.util.Arrays;

/** Statistics that one spike in the window cannot drag along. */
final class RobustStatistics {

    private RobustStatistics() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The median absolute deviation from {@code center}. */
    static double medianAbsoluteDeviation(double[] values, double center) {
        return median(deviations(values, center));
    }

    /** The mean absolute deviation from {@code center}. */
    static double meanAbsoluteDeviation(double[] values, double center) {
        return Arrays.stream(deviations(values, center)).average().orElse(0);
    }

    private static double[] deviations(double[] values, double center) {
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - center);
        }
        return deviations;
    }
}
