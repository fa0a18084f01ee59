package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * How much of a month's commitment-eligible compute (EC2, Lambda, Fargate, ECS and EKS compute) commitments
 * (Savings Plans, Reserved Instances) covered, and how much of the commitments was used; from the daily rollups.
 *
 * @param eligibleCost     effective cost of the usage of eligible services
 * @param coveredCost      the part of it priced as {@code Committed}
 * @param coverage         {@code coveredCost ÷ eligibleCost} in percent; absent without eligible usage
 * @param commitment       whether any commitment was billed in the month
 * @param commitmentCost   what the commitments billed in the month (their purchase rows' billed cost); absent without
 *                         a commitment, or when the caller sees only some accounts (commitments are the
 *                         organization's)
 * @param utilization      the organization's committed usage ÷ the commitments' cost in percent, at most 100; absent
 *                         without a commitment
 * @param note             what the figures mean or why one is absent, in the user's words
 */
public record SavingsCoverage(YearMonth month, String currency, BigDecimal eligibleCost, BigDecimal coveredCost,
                              @Nullable BigDecimal coverage, boolean commitment, @Nullable BigDecimal commitmentCost,
                              @Nullable BigDecimal utilization, String note) {
}
