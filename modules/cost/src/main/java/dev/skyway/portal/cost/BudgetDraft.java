package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a user asks a budget to be, as typed: {@link CostBudgets} checks every field and names each problem.
 *
 * @param scopeKind  {@code TEAM}, {@code ACCOUNT} or {@code COST_CENTER}
 * @param period     {@code MONTHLY} or {@code QUARTERLY}
 * @param currency   ISO 4217; absent means USD
 * @param metric     a {@link CostMetric} name; absent means {@code BilledCost}
 * @param thresholds e.g. {@code ACTUAL:80}, {@code FORECAST:100}; absent means {@link BudgetThreshold#DEFAULTS},
 *                   empty means no alerts
 */
public record BudgetDraft(@Nullable String name, @Nullable String scopeKind, @Nullable String scopeValue,
                          @Nullable String period, @Nullable BigDecimal amount, @Nullable String currency,
                          @Nullable String metric, @Nullable List<String> thresholds) {
}
