package dev.skyway.portal.cost.internal.analysis;

import org.jspecify.annotations.Nullable;

/**
 * Additive Holt-Winters with a damped trend and a weekly season over one daily history: the initial states are
 * estimated once from the first weeks, then any set of parameters can be run over the history.
 */
final class HoltWinters {

    static final int SEASON = 7;
    static final int MINIMUM_LENGTH = 2 * SEASON;
    private static final int INITIAL_WEEKS = 4;

    private final double[] history;
    private final double initialLevel;
    private final double initialTrend;
    private final double[] initialSeason = new double[SEASON];

    HoltWinters(double[] history) {
        if (history.length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("Holt-Winters needs at least " + MINIMUM_LENGTH + " days, got "
                    + history.length);
        }
        this.history = history;
        int weeks = Math.min(history.length / SEASON, INITIAL_WEEKS);
        double[] weekMeans = new double[weeks];
        for (int week = 0; week < weeks; week++) {
            for (int day = 0; day < SEASON; day++) {
                weekMeans[week] += history[week * SEASON + day] / SEASON;
            }
        }
        initialTrend = (weekMeans[weeks - 1] - weekMeans[0]) / ((weeks - 1) * SEASON);
        // a week's mean is the level at its middle day (3); the trend within the week is not seasonality
        for (int week = 0; week < weeks; week++) {
            for (int day = 0; day < SEASON; day++) {
                double detrended = history[week * SEASON + day] - weekMeans[week] - (day - 3) * initialTrend;
                initialSeason[day] += detrended / weeks;
            }
        }
        initialLevel = weekMeans[0] - 4 * initialTrend; // the level on the day before the first
    }

    /** The sum of squared one-step-ahead errors, leaving out the first week the initial states were estimated from. */
    double sumOfSquaredErrors(HoltWintersParameters parameters) {
        return run(parameters, null);
    }

    /** Runs the parameters over the whole history and keeps the states at its end. */
    HoltWintersFit fit(HoltWintersParameters parameters) {
        double[] states = new double[2 + SEASON];
        double sse = run(parameters, states);
        double sigma = Math.sqrt(sse / (history.length - SEASON));
        double[] season = new double[SEASON];
        System.arraycopy(states, 2, season, 0, SEASON);
        return new HoltWintersFit(parameters, states[0], states[1], season, sigma, history.length);
    }

    /** @param finalStates when given, receives the level, the trend and the 7 seasonal indexes after the last day */
    private double run(HoltWintersParameters p, double @Nullable [] finalStates) {
        double level = initialLevel;
        double trend = initialTrend;
        double[] season = initialSeason.clone();
        double sse = 0;
        for (int t = 0; t < history.length; t++) {
            int day = t % SEASON;
            double error = history[t] - (level + p.phi() * trend + season[day]);
            level = level + p.phi() * trend + p.alpha() * error;
            trend = p.phi() * trend + p.beta() * error;
            season[day] += p.gamma() * error;
            if (t >= SEASON) {
                sse += error * error;
            }
        }
        if (finalStates != null) {
            finalStates[0] = level;
            finalStates[1] = trend;
            System.arraycopy(season, 0, finalStates, 2, SEASON);
        }
        return sse;
    }
}
