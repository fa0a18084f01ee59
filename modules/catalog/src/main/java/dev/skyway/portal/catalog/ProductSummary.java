package dev.skyway.portal.catalog;

import java.util.List;
import java.util.Map;

import dev.skyway.portal.platform.money.Money;

/**
 * A product as the catalog lists it.
 *
 * @param description            may be null
 * @param owner                  may be null
 * @param portfolios             the portfolios offering it; never null
 * @param tags                   product tags (e.g. {@code category=database}); never null
 * @param version                the newest version that is not deprecated, or the newest one when all are
 *                               deprecated; null when the product has no version
 * @param deprecated             true when no version can be requested
 * @param estimatedMonthlyCost   estimate with the default parameter values; null when there is no cost model
 */
public record ProductSummary(String id, String name, String description, String owner, List<Portfolio> portfolios,
                             Map<String, String> tags, ProductVersion version, boolean deprecated,
                             Money estimatedMonthlyCost) {
}
