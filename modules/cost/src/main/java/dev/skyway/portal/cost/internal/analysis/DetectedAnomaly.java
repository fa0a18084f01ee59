package dev.skyway.portal.cost.internal.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day whose cost rose far above its recent days.
 *
 * @param key      the series' key (e.g. an account and a service)
 * @param expected the median of the trailing window
 * @param actual   the day's cost
 * @param impact   {@code actual − expected}
 * @param score    the modified z-score, at most {@link AnomalyDetector#MAX_SCORE}, rounded to 4 decimals
 */
public record DetectedAnomaly(LocalDate date, String key, BigDecimal expected, BigDecimal actual, BigDecimal impact,
                              double score) {
}
