package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.Breakdown;

/** The groups whose cost changed most between two breakdowns of the same grouping, in either direction. */
final class TopMovers {

    /** @param percent the change against {@code before}; absent when there was nothing before */
    record Mover(String key, String label, BigDecimal now, BigDecimal before, BigDecimal delta,
                 @Nullable BigDecimal percent) {
    }

    private TopMovers() {
    }

    static List<Mover> between(Breakdown now, Breakdown before, int limit) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, BigDecimal> nowByKey = amounts(now, labels);
        Map<String, BigDecimal> beforeByKey = amounts(before, labels);
        return labels.entrySet().stream().map(e -> {
            BigDecimal n = nowByKey.getOrDefault(e.getKey(), BigDecimal.ZERO);
            BigDecimal b = beforeByKey.getOrDefault(e.getKey(), BigDecimal.ZERO);
            BigDecimal delta = n.subtract(b);
            BigDecimal percent = b.signum() == 0 ? null
                    : delta.multiply(BigDecimal.valueOf(100)).divide(b.abs(), 1, RoundingMode.HALF_UP);
            return new Mover(e.getKey(), e.getValue(), n, b, delta, percent);
        }).filter(m -> m.delta().signum() != 0)
                .sorted(Comparator.comparing((Mover m) -> m.delta().abs()).reversed().thenComparing(Mover::key))
                .limit(limit).toList();
    }

    private static Map<String, BigDecimal> amounts(Breakdown breakdown, Map<String, String> labels) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (Breakdown.Group g : breakdown.groups()) {
            amounts.merge(g.key(), g.amount(), BigDecimal::add);
            labels.putIfAbsent(g.key(), g.label());
        }
        return amounts;
    }
}
