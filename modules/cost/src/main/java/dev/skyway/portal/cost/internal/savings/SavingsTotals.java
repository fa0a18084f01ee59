package dev.skyway.portal.cost.internal.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationStatus;
import dev.skyway.portal.cost.SavingsCoverage;
import dev.skyway.portal.cost.SavingsSummary;

/**
 * Sums recommendations into the summary, in one currency: the one with the most estimated savings (else the
 * coverage's); recommendations in other currencies are counted but their amounts are left out and named.
 */
final class SavingsTotals {

    private SavingsTotals() {
    }

    static SavingsSummary of(List<Recommendation> recommendations, SavingsCoverage coverage, String scope) {
        Map<String, BigDecimal> estimatedByCurrency = new TreeMap<>();
        recommendations.forEach(r -> estimatedByCurrency.merge(r.figures().currency(),
                r.figures().estimatedMonthlySavings(), BigDecimal::add));
        String currency = estimatedByCurrency.entrySet().stream()
                .max(Map.Entry.<String, BigDecimal>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(coverage.currency());
        BigDecimal estimated = BigDecimal.ZERO;
        BigDecimal realized = BigDecimal.ZERO;
        int measuring = 0;
        int[] counts = new int[RecommendationStatus.values().length];
        for (Recommendation r : recommendations) {
            counts[r.status().ordinal()]++;
            if (!r.figures().currency().equals(currency)) {
                continue;
            }
            switch (r.status()) {
                case OPEN, ACCEPTED -> estimated = estimated.add(r.figures().estimatedMonthlySavings());
                case DONE -> {
                    if (r.realizedMonthlySavings() == null) {
                        measuring++;
                    } else {
                        realized = realized.add(r.realizedMonthlySavings());
                    }
                }
                case DISMISSED -> { }
            }
        }
        List<String> others = estimatedByCurrency.keySet().stream().filter(c -> !c.equals(currency)).toList();
        return new SavingsSummary(currency, counts[RecommendationStatus.OPEN.ordinal()],
                counts[RecommendationStatus.ACCEPTED.ordinal()], counts[RecommendationStatus.DONE.ordinal()],
                counts[RecommendationStatus.DISMISSED.ordinal()], estimated.setScale(2, RoundingMode.HALF_UP),
                realized.setScale(2, RoundingMode.HALF_UP), measuring, coverage, others, scope);
    }
}
