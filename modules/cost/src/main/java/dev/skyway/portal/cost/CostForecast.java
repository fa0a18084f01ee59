package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The daily cost forecast of what the caller may see, from the rollups (Holt-Winters with weekly seasonality).
 *
 * @param lastActual the last day with data; points start the day after
 * @param mape       the backtest's mean absolute percentage error (percent); absent when history is too short
 * @param method     how it was made, e.g. {@code holt-winters-damped}, {@code seasonal-naive}
 * @param confidence the prediction interval's level, e.g. 0.8
 * @param costExplorer in AWS mode, Cost Explorer's own forecast for the whole organization (amortized, 80%
 *                   interval) beside the portal's, as last cached by the daily job; empty otherwise or for a
 *                   team-limited view
 */
public record CostForecast(CostMetric metric, String currency, @Nullable LocalDate lastActual, List<Point> points,
                           @Nullable Double mape, String method, double confidence, String scope,
                           List<Point> costExplorer) {

    public record Point(LocalDate date, BigDecimal amount, BigDecimal lower, BigDecimal upper) {
    }
}
