package dev.skyway.portal.cost.internal.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Explains a rise in cost by the keys, in any dimension, that grew the most. */
public final class Contributors {

    private Contributors() {
    }

    /**
     * @param baselineByDimension the expected cost by dimension, then by key
     * @param actualByDimension   the actual cost by dimension, then by key; a key missing on either side cost 0 there
     * @param top                 how many contributors to return at most
     * @return the largest rises across all dimensions, largest first (ties by dimension, then key); keys that cost
     * the same or less are left out
     * @throws IllegalArgumentException when {@code top} is negative
     */
    public static List<Contributor> rank(Map<String, Map<String, BigDecimal>> baselineByDimension,
                                         Map<String, Map<String, BigDecimal>> actualByDimension, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative, got " + top);
        }
        Set<String> dimensions = new HashSet<>(baselineByDimension.keySet());
        dimensions.addAll(actualByDimension.keySet());
        List<Contributor> rises = new ArrayList<>();
        for (String dimension : dimensions) {
            Map<String, BigDecimal> baseline = baselineByDimension.getOrDefault(dimension, Map.of());
            Map<String, BigDecimal> actual = actualByDimension.getOrDefault(dimension, Map.of());
            Set<String> keys = new HashSet<>(baseline.keySet());
            keys.addAll(actual.keySet());
            for (String key : keys) {
                BigDecimal delta = Amounts.cents(actual.getOrDefault(key, BigDecimal.ZERO)
                        .subtract(baseline.getOrDefault(key, BigDecimal.ZERO)));
                if (delta.signum() > 0) {
                    rises.add(new Contributor(dimension, key, delta));
                }
            }
        }
        return rises.stream()
                .sorted(Comparator.comparing(Contributor::delta).reversed()
                        .thenComparing(Contributor::dimension).thenComparing(Contributor::key))
                .limit(top)
                .toList();
    }
}
