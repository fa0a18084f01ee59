package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One day of Cost Explorer's forecast: the mean and its 80% prediction interval, in the billing currency. */
public record CeForecastPoint(LocalDate date, BigDecimal mean, BigDecimal lower, BigDecimal upper) {
}
