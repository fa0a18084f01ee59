package dev.skyway.portal.cost.internal.estimates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BinaryOperator;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.EstimateAccuracy;
import dev.skyway.portal.provisioning.EstimatedResource;

/**
 * A set of estimates against the resources' actual monthly costs: sum of actuals over sum of estimates (a big
 * resource weighs more than a small one, as it does on the bill), over the resources with a full month of cost whose
 * actual is in the estimate's currency; money in different currencies is never added, so when the counted resources
 * are in several currencies, those of the currency most of them share are counted. The worst misses are those with the
 * most money between estimate and actual.
 */
final class AccuracyCalculator {

    private AccuracyCalculator() {
    }

    static EstimateAccuracy of(List<EstimatedResource> estimates, Map<UUID, ActualCost> actuals) {
        List<EstimateAccuracy.Miss> comparable = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (EstimatedResource resource : estimates) {
            ActualCost actual = actuals.get(resource.id());
            if (seen.add(resource.id()) && actual != null && actual.fullMonth()
                    && actual.monthly().sameCurrency(resource.estimate())) {
                comparable.add(new EstimateAccuracy.Miss(resource.id(), resource.name(), resource.estimate(),
                        actual.monthly()));
            }
        }
        if (comparable.isEmpty()) {
            return EstimateAccuracy.NO_HISTORY;
        }
        Currency currency = mostShared(comparable);
        List<EstimateAccuracy.Miss> counted = comparable.stream()
                .filter(m -> m.estimate().currency().equals(currency)).toList();
        Money estimated = Money.zero(currency);
        Money actual = Money.zero(currency);
        for (EstimateAccuracy.Miss m : counted) {
            estimated = estimated.plus(m.estimate());
            actual = actual.plus(m.actual());
        }
        List<EstimateAccuracy.Miss> worst = counted.stream().filter(m -> m.gap().signum() > 0)
                .sorted(Comparator.comparing(EstimateAccuracy.Miss::gap).reversed()
                        .thenComparing(EstimateAccuracy.Miss::name))
                .limit(EstimateAccuracy.WORST_MISSES).toList();
        return new EstimateAccuracy(counted.size(), estimated, actual, worst);
    }

    /** The currency most of them are in (of at least one); the first met wins a tie (maxBy keeps the first). */
    private static Currency mostShared(List<EstimateAccuracy.Miss> misses) {
        Map<Currency, Integer> counts = new LinkedHashMap<>();
        misses.forEach(m -> counts.merge(m.estimate().currency(), 1, Integer::sum));
        return counts.entrySet().stream().reduce(BinaryOperator.maxBy(Map.Entry.comparingByValue())).orElseThrow()
                .getKey();
    }
}
