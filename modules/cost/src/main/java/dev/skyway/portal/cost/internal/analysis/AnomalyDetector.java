package dev.skyway.portal.cost.internal.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Finds days whose cost rose far above the days before them, series by series, with the modified z-score
 * (Iglewicz and Hoaglin): 0.6745 · (x − median) / MAD over the trailing window, the day itself excluded. Medians keep
 * a weekly rhythm or an earlier spike from hiding the next one. When more than half the window is the same amount (MAD
 * 0) the mean absolute deviation stands in (1.253314 · meanAD); when every day is the same amount, any rise worth the
 * minimum impact scores {@link #MAX_SCORE}. Only rises count: a drop in cost is no anomaly to chase.
 * Thread-safe: it keeps no state besides its settings.
 */
public final class AnomalyDetector {

    /** A day needs this many days of its series before it to be judged. */
    public static final int MINIMUM_HISTORY_DAYS = 14;
    /** The highest score reported (a flat history gives an infinite one). */
    public static final double MAX_SCORE = 99.0;
    private static final double MAD_FACTOR = 0.6745;
    private static final double MEAN_AD_FACTOR = 1.253314;

    private final double threshold;
    private final BigDecimal minimumImpact;
    private final int window;

    /**
     * @param threshold     the score a day must exceed, e.g. 3.5
     * @param minimumImpact the least rise above the median worth reporting, in the series' currency
     * @param window        how many days before a day make its baseline (at least 7; days before the series' first
     *                      day do not count)
     * @throws IllegalArgumentException when the threshold is not positive, the minimum impact negative or the window
     *                                  shorter than a week
     */
    public AnomalyDetector(double threshold, BigDecimal minimumImpact, int window) {
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a positive number, got " + threshold);
        }
        if (minimumImpact.signum() < 0) {
            throw new IllegalArgumentException("minimumImpact must not be negative, got " + minimumImpact);
        }
        if (window < 7) {
            throw new IllegalArgumentException("window must be at least 7 days, got " + window);
        }
        this.threshold = threshold;
        this.minimumImpact = minimumImpact;
        this.window = window;
    }

    /**
     * @param seriesByKey daily costs by key, in any order; a missing day after a series' first day costs 0
     * @param from        the first day to judge
     * @param to          the last day to judge
     * @return the anomalous days, the largest impact first
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public List<DetectedAnomaly> detect(Map<String, List<DailyPoint>> seriesByKey, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        List<DetectedAnomaly> anomalies = new ArrayList<>();
        seriesByKey.forEach((key, points) -> {
            if (points.isEmpty()) {
                return;
            }
            DenseSeries series = DenseSeries.of(points, to);
            int last = series.indexOf(to);
            for (int day = Math.max(series.indexOf(from), MINIMUM_HISTORY_DAYS); day <= last; day++) {
                DetectedAnomaly anomaly = judge(key, series, day);
                if (anomaly != null) {
                    anomalies.add(anomaly);
                }
            }
        });
        anomalies.sort(Comparator.comparing(DetectedAnomaly::impact).reversed()
                .thenComparing(DetectedAnomaly::date).thenComparing(DetectedAnomaly::key));
        return anomalies;
    }

    private @Nullable DetectedAnomaly judge(String key, DenseSeries series, int day) {
        double[] trailing = Arrays.copyOfRange(series.values(), Math.max(0, day - window), day);
        double actual = series.values()[day];
        double median = RobustStatistics.median(trailing);
        BigDecimal expected = Amounts.cents(median);
        BigDecimal actualCents = Amounts.cents(actual);
        // from the rounded amounts, so that expected + impact = actual to the cent on every screen
        BigDecimal impact = actualCents.subtract(expected);
        if (impact.signum() <= 0 || impact.compareTo(minimumImpact) < 0) {
            return null;
        }
        double score = Math.min(score(trailing, median, actual - median), MAX_SCORE);
        if (!(score > threshold)) {
            return null;
        }
        return new DetectedAnomaly(series.dateAt(day), key, expected, actualCents, impact,
                Math.round(score * 10_000) / 10_000.0);
    }

    private static double score(double[] trailing, double median, double rise) {
        double mad = RobustStatistics.medianAbsoluteDeviation(trailing, median);
        if (mad > 0) {
            return MAD_FACTOR * rise / mad;
        }
        double meanAd = RobustStatistics.meanAbsoluteDeviation(trailing, median);
        return meanAd > 0 ? rise / (MEAN_AD_FACTOR * meanAd) : Double.POSITIVE_INFINITY;
    }
}
