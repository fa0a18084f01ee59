package dev.skyway.portal.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * A product as the catalog lists it.
 *
 * @param portfolios             the portfolios offering it
 * @param tags                   product tags (e.g. {@code category=database})
 * @param version                the newest version that is not deprecated, or the newest one when all are
 *                               deprecated; absent when the product has no version
 * @param deprecated             true when no version can be requested
 * @param estimatedMonthlyCost   estimate with the default parameter values; absent when there is no cost model
 */
public record ProductSummary(String id, String name, @Nullable String description, @Nullable String owner,
                             List<Portfolio> portfolios, Map<String, String> tags, @Nullable ProductVersion version,
                             boolean deprecated, @Nullable Money estimatedMonthlyCost) {
}
