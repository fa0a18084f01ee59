package dev.skyway.portal.cost.internal.analysis;

/**
 * A forecast before it becomes money: the mean of each step ahead and the standard deviation of its error.
 *
 * @param method one of the {@code Forecaster.METHOD_*} names
 */
record RawForecast(double[] mean, double[] standardError, String method) {
}
