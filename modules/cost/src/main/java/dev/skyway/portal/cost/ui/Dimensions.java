package dev.skyway.portal.cost.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.CostQuery;

/**
 * The dimensions a breakdown groups and filters by, with the names people read, and where a drill-down goes next
 * from each: once an account and a service are both chosen, to its resources (read from the kept line items);
 * otherwise the first of the dimension's list that is not yet filtered. Resources, SKUs and usage types are leaves.
 */
final class Dimensions {

    /** The group-by choice that stands for {@code tag:<key>}; the key comes from its own field. */
    static final String TAG = "tag";

    static final Map<String, String> LABELS = labels();

    private static final Map<String, List<String>> NEXT = Map.ofEntries(
            Map.entry("team", List.of("SubAccountId", "ServiceName", "RegionId")),
            Map.entry("costCenter", List.of("team", "SubAccountId", "ServiceName")),
            Map.entry("ou", List.of("SubAccountId", "ServiceName", "RegionId")),
            Map.entry("ProviderName", List.of("BillingAccountId", "SubAccountId", "ServiceName")),
            Map.entry("BillingAccountId", List.of("SubAccountId", "ServiceName", "RegionId")),
            Map.entry("SubAccountId", List.of("ServiceName", "RegionId", "ChargeCategory")),
            Map.entry("ServiceCategory", List.of("ServiceName", "RegionId", "SubAccountId")),
            Map.entry("ServiceName", List.of("RegionId", "ChargeCategory", "PricingCategory")),
            Map.entry("RegionId", List.of("ChargeCategory", "PricingCategory", "SubAccountId")),
            Map.entry("ChargeCategory", List.of("ServiceName", "RegionId", "SubAccountId")),
            Map.entry("PricingCategory", List.of("ServiceName", "RegionId", "SubAccountId")));

    private Dimensions() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("SubAccountId", "Account");
        labels.put("ou", "OU");
        labels.put("team", "Team");
        labels.put("costCenter", "Cost center");
        labels.put("ServiceName", "Service");
        labels.put("ServiceCategory", "Service category");
        labels.put("RegionId", "Region");
        labels.put("ChargeCategory", "Charge category");
        labels.put("PricingCategory", "Pricing category");
        labels.put("ProviderName", "Provider");
        labels.put("BillingAccountId", "Billing account");
        labels.put("ResourceId", "Resource");
        labels.put("SkuId", "SKU");
        labels.put("x_UsageType", "Usage type");
        labels.put(TAG, "Tag key…");
        if (!labels.keySet().containsAll(CostQuery.GROUPS) || !labels.keySet().containsAll(
                CostQuery.LINE_ITEM_GROUPS)) {
            throw new IllegalStateException("A breakdown dimension has no label: " + CostQuery.GROUPS);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** The choices of the group-by select, in a stable order. */
    static List<String> choices() {
        return List.of("SubAccountId", "ou", "team", "costCenter", "ServiceName", "ServiceCategory", "RegionId",
                "ChargeCategory", "PricingCategory", "ProviderName", "BillingAccountId", "ResourceId", "SkuId",
                "x_UsageType", TAG);
    }

    /** Whether a grouping reads the kept line items rather than the rollups. */
    static boolean fromLineItems(String groupBy) {
        return CostQuery.LINE_ITEM_GROUPS.contains(groupBy);
    }

    static String label(String dimension) {
        if (dimension.startsWith("tag:")) {
            return "Tag " + dimension.substring(4);
        }
        return LABELS.getOrDefault(dimension, dimension);
    }

    /**
     * Where a click on a group of {@code groupBy} leads; absent when nothing is left (and for tag groups, resources,
     * SKUs and usage types).
     */
    static @Nullable String next(String groupBy, Set<String> filtered) {
        Set<String> chosen = new java.util.HashSet<>(filtered);
        chosen.add(groupBy);
        // a team or cost center row would narrow nothing among resources: line items carry no allocation
        if (NEXT.containsKey(groupBy) && !CostQuery.ALLOCATION_FILTERS.contains(groupBy)
                && chosen.containsAll(List.of("SubAccountId", "ServiceName"))) {
            return "ResourceId";
        }
        return NEXT.getOrDefault(groupBy, List.of()).stream()
                .filter(d -> !d.equals(groupBy) && !filtered.contains(d)).findFirst().orElse(null);
    }
}
