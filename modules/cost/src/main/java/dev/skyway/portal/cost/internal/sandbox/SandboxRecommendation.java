package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;

/**
 * A savings recommendation for the sandbox organization, consistent with the generated resources: {@code kind} is
 * {@code RIGHTSIZE}, {@code TERMINATE} or {@code SAVINGS_PLAN}; amounts are USD per month.
 */
public record SandboxRecommendation(String externalId, String kind, String subAccountId, String resourceId,
                                    String serviceName, String summary, BigDecimal monthlyCost,
                                    BigDecimal estimatedMonthlySavings) {
}
