package dev.skyway.portal.cost;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a breakdown or a daily series is asked for.
 *
 * @param start    the first day
 * @param end      the day after the last (exclusive)
 * @param groupBy  one of {@link #GROUPS} or {@link #LINE_ITEM_GROUPS}, or {@code tag:<key>}; absent: one group (the
 *                 total)
 * @param filters  dimension → exact value, dimensions as in {@link #GROUPS} plus {@code untagged=true}
 * @param currency the billing currency to show; absent: the one with the most spend (currencies are never summed)
 */
public record CostQuery(LocalDate start, LocalDate end, CostMetric metric, @Nullable String groupBy,
                        Map<String, String> filters, @Nullable String currency) {

    public static final List<String> GROUPS = List.of("SubAccountId", "ServiceName", "ServiceCategory", "RegionId",
            "ChargeCategory", "PricingCategory", "ProviderName", "BillingAccountId", "team", "costCenter", "ou");
    /** Groupings below the rollups, read from the kept line items (breakdowns only, not daily series). */
    public static final List<String> LINE_ITEM_GROUPS = List.of("ResourceId", "SkuId", "x_UsageType");
    /** How many groups a line-item breakdown lists; the rest are summed in one group {@code (other)}. */
    public static final int LINE_ITEM_TOP = 500;
    /** Filters that come from allocation, which line items do not carry. */
    public static final List<String> ALLOCATION_FILTERS = List.of("team", "costCenter");
    public static final String UNTAGGED = "untagged";
    public static final int MAX_DAYS = 3 * 366 + 31;

    public CostQuery {
        filters = Map.copyOf(new LinkedHashMap<>(filters));
        groupBy = groupBy == null || groupBy.isBlank() ? null : groupBy.strip();
        currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The problems of this query, by parameter name; empty when it can be answered. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!end.isAfter(start)) {
            problems.put("end", "must be after start (end is exclusive)");
        } else if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            problems.put("end", "the range may span at most " + MAX_DAYS + " days");
        }
        if (groupBy != null && !GROUPS.contains(groupBy) && !isLineItemGroup() && !isTagGroup()) {
            problems.put("groupBy", "must be one of " + String.join(", ", GROUPS) + ", "
                    + String.join(", ", LINE_ITEM_GROUPS) + " or tag:<key>");
        }
        if (isTagGroup() && groupBy.length() <= 4) {
            problems.put("groupBy", "tag: needs a tag key, e.g. tag:environment");
        }
        for (String name : filters.keySet()) {
            if (!GROUPS.contains(name) && !UNTAGGED.equals(name)) {
                problems.put(name, "is not a filter; filters are " + String.join(", ", GROUPS) + " and untagged");
            }
        }
        if (isLineItemGroup()) {
            lineItemProblems(problems);
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            problems.put("currency", "must be an ISO 4217 code such as USD");
        }
        return problems;
    }

    /** Line items carry no team: an allocation filter cannot narrow them. */
    private void lineItemProblems(Map<String, String> problems) {
        for (String name : ALLOCATION_FILTERS) {
            if (filters.containsKey(name)) {
                problems.put(name, "cannot be combined with groupBy=" + groupBy + " (line items carry no "
                        + "allocation); filter by SubAccountId instead");
            }
        }
        if (Boolean.parseBoolean(filters.get(UNTAGGED))) {
            problems.put(UNTAGGED, "cannot be combined with groupBy=" + groupBy + " (line items carry no "
                    + "allocation); filter by SubAccountId instead");
        }
    }

    /** Whether the grouping reads the kept line items ({@link #LINE_ITEM_GROUPS}) instead of the rollups. */
    public boolean isLineItemGroup() {
        return groupBy != null && LINE_ITEM_GROUPS.contains(groupBy);
    }

    public boolean isTagGroup() {
        return groupBy != null && groupBy.startsWith("tag:");
    }

    public @Nullable String tagKey() {
        return isTagGroup() ? groupBy.substring(4) : null;
    }

    public CostQuery withGroupBy(@Nullable String group) {
        return new CostQuery(start, end, metric, group, filters, currency);
    }

    public CostQuery withFilter(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(filters);
        more.put(name, value);
        return new CostQuery(start, end, metric, groupBy, more, currency);
    }

    public CostQuery withRange(LocalDate from, LocalDate until) {
        return new CostQuery(from, until, metric, groupBy, filters, currency);
    }
}
