package dev.skyway.portal.cost.internal.budgets;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A budget's spend in its current period, in its currency and metric.
 *
 * @param forecast the spend expected for the whole period; absent without history
 * @param from     {@code BudgetStatus.FROM_ROLLUPS} or {@code BudgetStatus.FROM_AWS}
 */
public record BudgetFigures(BigDecimal actual, @Nullable BigDecimal forecast, String from) {
}
