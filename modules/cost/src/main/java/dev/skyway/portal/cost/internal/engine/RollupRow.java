package dev.skyway.portal.cost.internal.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row of the daily rollup before allocation: a day and every dimension the dashboards group or filter by, with
 * the sums of every cost metric over the line items that share them. DuckDB (files), Athena (the Data Exports table)
 * and Cost Explorer each produce these; the store allocates teams and writes them.
 *
 * @param period        the billing period (YYYY-MM) the line items belong to (a refund dated in May may belong to June)
 * @param teamTag       the value of the line items' team tag; absent when they had none (untagged spend)
 * @param ruleTeam      the team a finance allocation rule on other tags gave them, if any (sources that cannot see
 *                      every tag leave it absent)
 * @param ruleCostCenter the cost center such a rule gave them, if any
 * @param costCenterTag the value of their cost-center tag, if any
 * @param requestTag    the portal request id the resource was tagged with at provisioning, if any
 */
public record RollupRow(LocalDate day, String period, String providerName, String billingAccountId, String subAccountId,
                        @Nullable String subAccountName, String serviceName, @Nullable String serviceCategory,
                        String regionId, String chargeCategory, @Nullable String chargeClass,
                        @Nullable String pricingCategory, @Nullable String commitmentDiscountType,
                        @Nullable String teamTag, @Nullable String costCenterTag, @Nullable String requestTag,
                        @Nullable String ruleTeam, @Nullable String ruleCostCenter,
                        String currency, BigDecimal billedCost, BigDecimal effectiveCost, BigDecimal listCost,
                        BigDecimal contractedCost, long lineItems, boolean estimated) {
}
