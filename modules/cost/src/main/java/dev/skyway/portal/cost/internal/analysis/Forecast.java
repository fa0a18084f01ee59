package dev.skyway.portal.cost.internal.analysis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Forecast daily costs.
 *
 * @param points one per day, starting the day after the history's last day
 * @param mape   the mean absolute percentage error (in percent) of the same method forecasting the history's last
 *               min(28, n/4) days from the days before them; absent when the history is shorter than 28 days or
 *               those days cost nothing
 * @param method how the points were computed: one of the {@code Forecaster.METHOD_*} names
 */
public record Forecast(List<ForecastPoint> points, @Nullable Double mape, String method) {

    public Forecast {
        points = List.copyOf(points);
    }
}
