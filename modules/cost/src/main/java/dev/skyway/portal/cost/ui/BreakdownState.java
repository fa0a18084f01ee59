package dev.skyway.portal.cost.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostQuery;

/**
 * Everything a breakdown page shows, as it travels in the URL: {@code from} and {@code to} (both inclusive, as
 * people read a range; the query's end is the day after {@code to}), {@code metric}, {@code groupBy} (a dimension,
 * a line-item grouping such as {@code ResourceId}, or {@code tag:<key>}), {@code currency}, {@code chart}
 * ({@code bar} or {@code pie}), and one parameter per filter named as the REST API names them
 * ({@code SubAccountId=…}, {@code team=…}, {@code untagged=true}).
 */
record BreakdownState(LocalDate from, LocalDate to, CostMetric metric, String groupBy, Map<String, String> filters,
                      @Nullable String currency, String chart) {

    static final String FROM = "from";
    static final String TO = "to";
    static final String METRIC = "metric";
    static final String GROUP_BY = "groupBy";
    static final String CURRENCY = "currency";
    static final String CHART = "chart";
    static final String BAR = "bar";
    static final String PIE = "pie";
    static final String DEFAULT_GROUP = "ServiceName";

    BreakdownState {
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /** This month, effective cost, by service, no filters. */
    static BreakdownState defaults(LocalDate today) {
        LocalDate monthStart = today.withDayOfMonth(1);
        return new BreakdownState(monthStart, monthStart.plusMonths(1).minusDays(1), CostMetric.EffectiveCost,
                DEFAULT_GROUP, Map.of(), null, BAR);
    }

    /** A state read from the URL, and what of it could not be read (by parameter; defaults stand in). */
    record Parsed(BreakdownState state, Map<String, String> problems) {
    }

    static Parsed parse(QueryParameters parameters, LocalDate today) {
        BreakdownState d = defaults(today);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate from = date(parameters, FROM, d.from(), problems);
        LocalDate to = date(parameters, TO, d.to(), problems);
        CostMetric metric = d.metric();
        String metricText = single(parameters, METRIC);
        if (metricText != null) {
            try {
                metric = CostMetric.parse(metricText);
            } catch (IllegalArgumentException e) {
                problems.put(METRIC, e.getMessage());
            }
        }
        String groupBy = single(parameters, GROUP_BY);
        if (groupBy != null && !groupBy.isBlank() && !CostQuery.GROUPS.contains(groupBy)
                && !Dimensions.fromLineItems(groupBy) && !(groupBy.startsWith("tag:") && groupBy.length() > 4)) {
            problems.put(GROUP_BY, "'" + groupBy + "' is not a dimension to group by");
            groupBy = null;
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : filterNames()) {
            String value = single(parameters, name);
            if (value != null && (!value.isEmpty() || !CostQuery.UNTAGGED.equals(name))) {
                filters.put(name, value);
            }
        }
        String chart = PIE.equals(single(parameters, CHART)) ? PIE : BAR;
        return new Parsed(new BreakdownState(from, to, metric, groupBy == null || groupBy.isBlank() ? DEFAULT_GROUP
                : groupBy, filters, single(parameters, CURRENCY), chart), problems);
    }

    QueryParameters toQueryParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(FROM, List.of(from.toString()));
        params.put(TO, List.of(to.toString()));
        params.put(METRIC, List.of(metric.name()));
        params.put(GROUP_BY, List.of(groupBy));
        filters.forEach((k, v) -> params.put(k, List.of(v)));
        if (currency != null) {
            params.put(CURRENCY, List.of(currency));
        }
        if (PIE.equals(chart)) {
            params.put(CHART, List.of(PIE));
        }
        return new QueryParameters(params);
    }

    /** What the facade is asked (its end is exclusive). */
    CostQuery toQuery() {
        return new CostQuery(from, to.plusDays(1), metric, groupBy, filters, currency);
    }

    /**
     * A click on a group: filter by it and group by the next dimension; absent when there is nowhere to go. On the
     * way to resources the team, cost-center and untagged filters are left behind: line items carry no allocation.
     */
    @Nullable BreakdownState drillInto(Breakdown.Group group) {
        String next = Dimensions.next(groupBy, filters.keySet());
        if (next == null) {
            return null;
        }
        Map<String, String> more = new LinkedHashMap<>(filters);
        more.put(groupBy, group.key());
        if (Dimensions.fromLineItems(next)) {
            more.keySet().removeAll(CostQuery.ALLOCATION_FILTERS);
            more.remove(CostQuery.UNTAGGED);
        }
        return new BreakdownState(from, to, metric, next, more, currency, chart);
    }

    BreakdownState withFilters(Map<String, String> newFilters) {
        return new BreakdownState(from, to, metric, groupBy, newFilters, currency, chart);
    }

    BreakdownState withCurrency(@Nullable String newCurrency) {
        return new BreakdownState(from, to, metric, groupBy, filters, newCurrency, chart);
    }

    static List<String> filterNames() {
        List<String> names = new java.util.ArrayList<>(CostQuery.GROUPS);
        names.add(CostQuery.UNTAGGED);
        return names;
    }

    private static LocalDate date(QueryParameters parameters, String name, LocalDate fallback,
                                  Map<String, String> problems) {
        String text = single(parameters, name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.put(name, "'" + text + "' is not a date (YYYY-MM-DD)");
            return fallback;
        }
    }

    private static @Nullable String single(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).orElse(null);
    }
}
