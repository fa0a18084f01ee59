package dev.skyway.portal.cost.internal.savings;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.RecommendationKind;
import dev.skyway.portal.cost.RecommendationSource;

/**
 * One recommendation as its source states it today, for {@link RecommendationStore#upsert}.
 *
 * @param externalId   stable across refreshes of the source (unique within it)
 * @param subAccountId the account; absent for an organization-wide Savings Plan
 * @param resourceId   the instance; absent for Savings Plans
 * @param serviceName  the FOCUS {@code ServiceName} its cost is in (realized savings are measured there); absent for
 *                     Savings Plans, which are measured on the account's compute services
 * @param summary      one sentence saying what to do
 * @param monthlyCost  what the resource costs a month today; for a Savings Plan its monthly commitment
 */
public record RecommendationInput(RecommendationSource source, String externalId, RecommendationKind kind,
                                  @Nullable String subAccountId, @Nullable String resourceId,
                                  @Nullable String serviceName, String summary, String currency,
                                  @Nullable BigDecimal monthlyCost, BigDecimal estimatedMonthlySavings) {
}
