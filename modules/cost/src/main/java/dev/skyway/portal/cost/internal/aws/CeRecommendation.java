package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A savings recommendation from Cost Explorer, ready to be tracked (open, accepted, done, dismissed).
 *
 * @param externalId   stable across refreshes, so the same recommendation keeps its tracking: for rightsizing
 *                     {@code <account>/<instance>/<kind>}, for Savings Plans {@code COMPUTE_SP/ONE_YEAR/NO_UPFRONT/
 *                     <account or payer>}
 * @param kind         {@code RIGHTSIZE}, {@code TERMINATE} or {@code SAVINGS_PLAN}
 * @param subAccountId the linked account it concerns; absent when it is the whole organization's
 * @param resourceId   the instance to resize or terminate; absent for Savings Plans
 * @param summary      one sentence saying what to do
 * @param monthlyCost  what the instance costs a month today; for a Savings Plan, its monthly commitment
 */
public record CeRecommendation(String externalId, String kind, @Nullable String subAccountId,
                               @Nullable String resourceId, String summary, String currency,
                               @Nullable BigDecimal monthlyCost, BigDecimal estimatedMonthlySavings) {

    public static final String RIGHTSIZE = "RIGHTSIZE";
    public static final String TERMINATE = "TERMINATE";
    public static final String SAVINGS_PLAN = "SAVINGS_PLAN";
}
