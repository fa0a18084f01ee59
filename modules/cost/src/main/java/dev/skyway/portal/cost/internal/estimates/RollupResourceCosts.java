package dev.skyway.portal.cost.internal.estimates;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.EstimateAccuracy;
import dev.skyway.portal.provisioning.EstimatedResource;
import dev.skyway.portal.provisioning.ResourceCosts;

/**
 * Provisioning's {@link ResourceCosts} from the daily rollups: a resource's cost is the rollup rows whose request tag
 * ({@code portal.cost.request-tag-key}, default {@code skyway:request}) is its id, read with every allocation applied
 * (a resource's figures do not depend on who sees them). A resource whose cost stopped before the data's last day (it
 * was terminated) is read up to its own last day of cost, so it keeps the monthly figure it had while it ran. Three
 * queries for any number of resources.
 */
@Component
class RollupResourceCosts implements ResourceCosts {

    private final RequestCostRows rows;
    private final CostProperties properties;
    private final Clock clock;

    RollupResourceCosts(RequestCostRows rows, CostProperties properties, Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, ActualCost> actualMonthlyCosts(Collection<UUID> resourceIds) {
        Optional<LocalDate> latest = resourceIds.isEmpty() ? Optional.empty() : rows.latestDay();
        if (latest.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> ids = new LinkedHashMap<>();
        resourceIds.forEach(id -> ids.put(id.toString(), id));
        Map<String, RequestCostRows.Start> starts = rows.starts(ids.keySet());
        if (starts.isEmpty()) {
            return Map.of();
        }
        // a resource that stopped costing (terminated) is read up to its own last day, not the data's
        Map<String, LocalDate> ends = new HashMap<>();
        starts.forEach((tag, start) -> ends.put(tag, start.lastDay().isBefore(latest.get()) ? start.lastDay()
                : latest.get()));
        LocalDate from = ends.values().stream().map(MonthlyActual::earliestDay).min(LocalDate::compareTo)
                .orElseThrow();
        Map<String, Map<LocalDate, BigDecimal>> daily = new HashMap<>();
        Map<String, Set<LocalDate>> estimated = new HashMap<>();
        for (RequestCostRows.Day day : rows.daily(starts.keySet(), from, latest.get())) {
            if (day.currency().equals(starts.get(day.tag()).currency())) {
                daily.computeIfAbsent(day.tag(), t -> new HashMap<>()).put(day.day(), day.cost());
                if (day.estimated()) {
                    estimated.computeIfAbsent(day.tag(), t -> new HashSet<>()).add(day.day());
                }
            }
        }
        Map<UUID, ActualCost> actuals = new HashMap<>();
        starts.forEach((tag, start) -> actuals.put(ids.get(tag), MonthlyActual.of(start.firstDay(), ends.get(tag),
                daily.getOrDefault(tag, Map.of()), estimated.getOrDefault(tag, Set.of()),
                Currency.getInstance(start.currency()), clock.instant(), properties.restatementWindow())));
        return actuals;
    }

    @Override
    @Transactional(readOnly = true)
    public EstimateAccuracy accuracy(List<EstimatedResource> resources) {
        return AccuracyCalculator.of(resources, actualMonthlyCosts(resources.stream().map(EstimatedResource::id)
                .toList()));
    }
}
