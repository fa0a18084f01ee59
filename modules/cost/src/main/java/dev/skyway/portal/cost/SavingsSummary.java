package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * The savings page's figures for what the caller may see. Recommendation figures are today's; coverage and
 * utilization are the month's.
 *
 * @param open                    recommendations still to decide
 * @param estimatedMonthlySavings what the open and accepted ones should save a month
 * @param realizedMonthlySavings  what the done ones saved a month, over those measured long enough
 * @param measuring               done ones whose savings are not measured yet (fewer than 3 days of cost since)
 * @param otherCurrencies         currencies of recommendations left out of the sums (never summed together)
 * @param scope                   what the figures are limited to, e.g. {@code team payments}
 */
public record SavingsSummary(String currency, int open, int accepted, int done, int dismissed,
                             BigDecimal estimatedMonthlySavings, BigDecimal realizedMonthlySavings, int measuring,
                             SavingsCoverage coverage, List<String> otherCurrencies, String scope) {
}
