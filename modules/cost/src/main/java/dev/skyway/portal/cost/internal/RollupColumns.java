package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.DAILY_COST;
import static dev.skyway.schema.cost.Tables.DAILY_TAG_COST;

import java.math.BigDecimal;

import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.CostMetric;

/** The rollup tables' column for each FOCUS cost metric: one mapping for every reader of the rollups. */
public final class RollupColumns {

    private RollupColumns() {
    }

    public static Field<BigDecimal> metric(CostMetric metric) {
        return switch (metric) {
            case BilledCost -> DAILY_COST.BILLED_COST;
            case EffectiveCost -> DAILY_COST.EFFECTIVE_COST;
            case ListCost -> DAILY_COST.LIST_COST;
            case ContractedCost -> DAILY_COST.CONTRACTED_COST;
        };
    }

    public static Field<BigDecimal> tagMetric(CostMetric metric) {
        return switch (metric) {
            case BilledCost -> DAILY_TAG_COST.BILLED_COST;
            case EffectiveCost -> DAILY_TAG_COST.EFFECTIVE_COST;
            case ListCost -> DAILY_TAG_COST.LIST_COST;
            case ContractedCost -> DAILY_TAG_COST.CONTRACTED_COST;
        };
    }

    /** The column a breakdown groups or filters by; absent: one constant group (the total). */
    public static Field<String> dimension(@Nullable String name) {
        if (name == null) {
            return DSL.inline("total");
        }
        return switch (name) {
            case "SubAccountId", "ou" -> DAILY_COST.SUB_ACCOUNT_ID;
            case "ServiceName" -> DAILY_COST.SERVICE_NAME;
            case "ServiceCategory" -> DAILY_COST.SERVICE_CATEGORY;
            case "RegionId" -> DAILY_COST.REGION_ID;
            case "ChargeCategory" -> DAILY_COST.CHARGE_CATEGORY;
            case "PricingCategory" -> DAILY_COST.PRICING_CATEGORY;
            case "ProviderName" -> DAILY_COST.PROVIDER_NAME;
            case "BillingAccountId" -> DAILY_COST.BILLING_ACCOUNT_ID;
            case "team" -> DAILY_COST.TEAM;
            case "costCenter" -> DAILY_COST.COST_CENTER;
            default -> throw new IllegalArgumentException("Unknown dimension " + name);
        };
    }

    /** What a group's readers see: an account's name for accounts, else the key itself. */
    public static Field<String> label(@Nullable String name) {
        return "SubAccountId".equals(name) ? DAILY_COST.SUB_ACCOUNT_NAME : dimension(name);
    }
}
