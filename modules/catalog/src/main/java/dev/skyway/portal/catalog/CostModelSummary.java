package dev.skyway.portal.catalog;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * A product in the cost model overview.
 *
 * @param baseMonthly     the model's base price; absent when the product has no model
 * @param rates           how many rates the model has; 0 without a model
 * @param defaultEstimate the estimate with the default version's default values; absent without a model
 */
public record CostModelSummary(String productId, String productName, @Nullable String owner,
                               @Nullable Money baseMonthly, int rates, @Nullable Money defaultEstimate) {

    public boolean hasModel() {
        return baseMonthly != null;
    }
}
