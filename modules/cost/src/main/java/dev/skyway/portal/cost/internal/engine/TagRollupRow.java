package dev.skyway.portal.cost.internal.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The daily rollup by one tag key and value (for breakdowns by any tag), before allocation. */
public record TagRollupRow(LocalDate day, String period, String providerName, String billingAccountId, String subAccountId,
                           @Nullable String teamTag, String tagKey, String tagValue, String currency,
                           BigDecimal billedCost, BigDecimal effectiveCost, BigDecimal listCost,
                           BigDecimal contractedCost) {
}
