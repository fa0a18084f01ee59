package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One cost budget kept in AWS Budgets, with what AWS has calculated for its current period.
 *
 * @param limit    the budget's amount for the current period
 * @param currency the unit of the limit, e.g. {@code USD}
 * @param actual   the spend so far in the current period; zero before AWS has calculated any
 * @param forecast the spend AWS forecasts for the whole period; absent until AWS has enough data
 * @param timeUnit {@code DAILY}, {@code MONTHLY}, {@code QUARTERLY}, {@code ANNUALLY} or {@code CUSTOM}
 */
public record AwsBudgetActual(String name, BigDecimal limit, String currency, BigDecimal actual,
                              @Nullable BigDecimal forecast, String timeUnit) {
}
