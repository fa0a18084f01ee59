package dev.skyway.portal.cost.internal.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The forecast cost of one day and its prediction interval.
 *
 * @param amount the most likely cost
 * @param lower  the interval's lower bound (never below 0 when the history had no negative day)
 * @param upper  the interval's upper bound
 */
public record ForecastPoint(LocalDate date, BigDecimal amount, BigDecimal lower, BigDecimal upper) {
}
