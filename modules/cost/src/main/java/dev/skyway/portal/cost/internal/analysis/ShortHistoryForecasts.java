package dev.skyway.portal.cost.internal.analysis;

import java.util.Arrays;

/**
 * Forecasts for histories too short to fit Holt-Winters (fewer than 14 days). Their errors cannot be estimated from
 * so few days, so the intervals are deliberately wide: the error is at least the spread of the history and at least a
 * quarter of its average day.
 */
final class ShortHistoryForecasts {

    private static final double LEAST_RELATIVE_ERROR = 0.25;

    private ShortHistoryForecasts() {
    }

    /** Each weekday repeats its last week's value (needs at least 7 days). */
    static RawForecast seasonalNaive(double[] history, int days) {
        int season = HoltWinters.SEASON;
        int n = history.length;
        double squaredErrors = 0;
        for (int t = season; t < n; t++) {
            double error = history[t] - history[t - season];
            squaredErrors += error * error;
        }
        double seasonalError = n > season ? Math.sqrt(squaredErrors / (n - season)) : 0;
        double sigma = Math.max(seasonalError, leastError(history));
        double[] mean = new double[days];
        double[] standardError = new double[days];
        for (int h = 1; h <= days; h++) {
            mean[h - 1] = history[n - season + (h - 1) % season];
            // each week further out repeats an older observation: the error grows with the number of weeks
            standardError[h - 1] = sigma * Math.sqrt(1 + (h - 1) / season);
        }
        return new RawForecast(mean, standardError, Forecaster.METHOD_SEASONAL_NAIVE);
    }

    /** Every day is the history's average day. */
    static RawForecast mean(double[] history, int days) {
        double average = average(history);
        double sigma = leastError(history) * Math.sqrt(1 + 1.0 / history.length);
        double[] mean = new double[days];
        double[] standardError = new double[days];
        Arrays.fill(mean, average);
        Arrays.fill(standardError, sigma);
        return new RawForecast(mean, standardError, Forecaster.METHOD_MEAN);
    }

    private static double leastError(double[] history) {
        double average = average(history);
        double squares = 0;
        double absolute = 0;
        for (double value : history) {
            squares += (value - average) * (value - average);
            absolute += Math.abs(value);
        }
        double spread = history.length > 1 ? Math.sqrt(squares / (history.length - 1)) : 0;
        return Math.max(spread, LEAST_RELATIVE_ERROR * absolute / history.length);
    }

    private static double average(double[] history) {
        double sum = 0;
        for (double value : history) {
            sum += value;
        }
        return sum / history.length;
    }
}
