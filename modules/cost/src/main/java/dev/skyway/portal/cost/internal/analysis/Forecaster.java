package dev.skyway.portal.cost.internal.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Forecasts daily cost with additive Holt-Winters (level, damped trend, weekly season), its smoothing parameters
 * fitted to the history's one-step-ahead errors, and a prediction interval from those errors.
 * <p>
 * Histories shorter than two weeks fall back to repeating the last week ({@value #METHOD_SEASONAL_NAIVE}, from 7
 * days) or to the average day ({@value #METHOD_MEAN}), with wide intervals.
 * <p>
 * Fitting the parameters is a search over hundreds of candidate fits, and pages ask for the same forecast on every
 * load (the overview, the home page, each budget), so a forecaster remembers its last results by their inputs: the
 * same history, horizon and confidence give the same forecast. A new import or a new day changes the history and
 * therefore the key. Thread-safe.
 */
public final class Forecaster {

    public static final String METHOD_HOLT_WINTERS = "holt-winters";
    public static final String METHOD_HOLT_WINTERS_DAMPED = "holt-winters-damped";
    public static final String METHOD_SEASONAL_NAIVE = "seasonal-naive";
    public static final String METHOD_MEAN = "mean";
    /** An empty history: no points. */
    public static final String METHOD_NONE = "none";
    public static final int MAX_DAYS = 92;

    private static final int BACKTEST_DAYS = 28;
    private static final int BACKTEST_MINIMUM_HISTORY = 28;
    private static final int REMEMBERED = 256;

    private record Inputs(List<DailyPoint> history, int days, double confidence) {
    }

    private final Cache<Inputs, Forecast> recent = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    /**
     * @param history    daily costs, in any order; a missing day between the first and the last costs 0, several
     *                   points on one day add up
     * @param days       how many days to forecast, from the day after the history's last day
     * @param confidence the prediction interval's coverage, e.g. 0.8
     * @throws IllegalArgumentException when {@code days} is not within 1..92 or {@code confidence} not within (0, 1)
     */
    public Forecast forecast(List<DailyPoint> history, int days, double confidence) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be within 1.." + MAX_DAYS + ", got " + days);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), got " + confidence);
        }
        return recent.get(new Inputs(List.copyOf(history), days, confidence),
                inputs -> compute(inputs.history(), days, confidence));
    }

    private static Forecast compute(List<DailyPoint> history, int days, double confidence) {
        DenseSeries series = DenseSeries.of(history);
        if (series.length() == 0) {
            return new Forecast(List.of(), null, METHOD_NONE);
        }
        boolean nonNegative = series.isNonNegative();
        RawForecast raw = project(series.values(), days);
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
        LocalDate lastDay = series.dateAt(series.length() - 1);
        List<ForecastPoint> points = new ArrayList<>(days);
        for (int h = 0; h < days; h++) {
            double mean = raw.mean()[h];
            double margin = z * raw.standardError()[h];
            double amount = nonNegative ? Math.max(0, mean) : mean;
            double lower = nonNegative ? Math.max(0, mean - margin) : mean - margin;
            double upper = Math.max(amount, mean + margin);
            points.add(new ForecastPoint(lastDay.plusDays(h + 1L), Amounts.cents(amount), Amounts.cents(lower),
                    Amounts.cents(upper)));
        }
        return new Forecast(List.copyOf(points), backtest(series.values(), nonNegative), raw.method());
    }

    private static RawForecast project(double[] history, int days) {
        if (history.length >= HoltWinters.MINIMUM_LENGTH) {
            return HoltWintersSearch.bestFit(new HoltWinters(history)).forecast(days);
        }
        if (history.length >= HoltWinters.SEASON) {
            return ShortHistoryForecasts.seasonalNaive(history, days);
        }
        return ShortHistoryForecasts.mean(history, days);
    }

    /** Forecasts the last min(28, n/4) days from the days before them; the MAPE skips days that cost nothing. */
    private static @Nullable Double backtest(double[] history, boolean nonNegative) {
        if (history.length < BACKTEST_MINIMUM_HISTORY) {
            return null;
        }
        int heldOut = Math.min(BACKTEST_DAYS, history.length / 4);
        int training = history.length - heldOut;
        double[] predicted = project(Arrays.copyOf(history, training), heldOut).mean();
        double percentages = 0;
        int counted = 0;
        for (int h = 0; h < heldOut; h++) {
            double actual = history[training + h];
            if (actual != 0) {
                double forecast = nonNegative ? Math.max(0, predicted[h]) : predicted[h];
                percentages += Math.abs(actual - forecast) / Math.abs(actual);
                counted++;
            }
        }
        return counted == 0 ? null : 100 * percentages / counted;
    }
}
