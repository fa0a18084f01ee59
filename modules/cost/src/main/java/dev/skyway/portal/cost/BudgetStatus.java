package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a budget stands in its current period, in the budget's currency and metric.
 *
 * @param periodKey   e.g. {@code 2026-12} or {@code 2026-Q4}
 * @param periodEnd   the first day after the period
 * @param actual      the spend of the period so far
 * @param forecast    the spend expected for the whole period; absent without history to forecast from
 * @param percentUsed actual against the budget's amount, one decimal
 * @param crossed     the thresholds the actual or the forecast has reached, in the budget's order
 * @param figuresFrom {@code rollups} (the portal's daily cost) or {@code AWS Budgets}
 */
public record BudgetStatus(String periodKey, LocalDate periodStart, LocalDate periodEnd, BigDecimal actual,
                           @Nullable BigDecimal forecast, BigDecimal percentUsed, List<BudgetThreshold> crossed,
                           String figuresFrom) {

    public static final String FROM_ROLLUPS = "rollups";
    public static final String FROM_AWS = "AWS Budgets";

    public BudgetStatus {
        crossed = List.copyOf(crossed);
    }

    /** The forecast against the budget's amount, one decimal; absent without a forecast. */
    public @Nullable BigDecimal forecastPercent(BigDecimal amount) {
        return forecast == null ? null : percent(forecast, amount);
    }

    /** {@code figure} against {@code amount}, in percent with one decimal; 0 against an amount of 0. */
    public static BigDecimal percent(BigDecimal figure, BigDecimal amount) {
        return amount.signum() == 0 ? BigDecimal.ZERO : figure.multiply(BigDecimal.valueOf(100))
                .divide(amount, 1, java.math.RoundingMode.HALF_UP);
    }
}
