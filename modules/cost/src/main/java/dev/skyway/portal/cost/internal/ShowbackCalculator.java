package dev.skyway.portal.cost.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.SharedCostRule;
import dev.skyway.portal.cost.Showback;

/**
 * Splits a month's spend into each team's direct cost and its part of the shared costs. Each shared rule claims the
 * spend it matches (first rule first); what no rule claims is the team's direct cost. Rounding leftovers go to the
 * largest share, so the parts always add up to the pool.
 */
final class ShowbackCalculator {

    static final String UNALLOCATED = Showback.UNALLOCATED;

    /** A month's spend of one team on one service, account and charge category. */
    record Spend(@Nullable String team, String service, String account, String chargeCategory, BigDecimal amount) {
    }

    private ShowbackCalculator() {
    }

    static Result split(List<Spend> spend, List<SharedCostRule> rules) {
        Map<String, BigDecimal> direct = new TreeMap<>();
        Map<SharedCostRule, BigDecimal> pools = new LinkedHashMap<>();
        rules.forEach(r -> pools.put(r, BigDecimal.ZERO));
        for (Spend s : spend) {
            SharedCostRule rule = rules.stream().filter(r -> matches(r, s)).findFirst().orElse(null);
            if (rule != null) {
                pools.merge(rule, s.amount(), BigDecimal::add);
            } else {
                direct.merge(s.team() == null ? UNALLOCATED : s.team(), s.amount(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> shared = new TreeMap<>();
        Map<String, List<Showback.Share>> shares = new TreeMap<>();
        List<Showback.Pool> poolLines = new ArrayList<>();
        pools.forEach((rule, amount) -> {
            poolLines.add(new Showback.Pool(rule.name(), rule.method(), amount));
            if (amount.signum() == 0) {
                return; // nothing to split: no line of zero for anyone (a month without cost stays without lines)
            }
            split(rule, amount, direct).forEach((team, part) -> {
                shared.merge(team, part, BigDecimal::add);
                shares.computeIfAbsent(team, t -> new ArrayList<>())
                        .add(new Showback.Share(rule.name(), rule.method(), part));
            });
        });
        List<Showback.Line> lines = new ArrayList<>();
        java.util.Set<String> teams = new java.util.TreeSet<>(direct.keySet());
        teams.addAll(shared.keySet());
        for (String team : teams) {
            BigDecimal d = direct.getOrDefault(team, BigDecimal.ZERO);
            BigDecimal s = shared.getOrDefault(team, BigDecimal.ZERO);
            lines.add(new Showback.Line(team, d, s, d.add(s), shares.getOrDefault(team, List.of())));
        }
        lines.sort(Comparator.comparing(Showback.Line::total).reversed());
        return new Result(lines, poolLines);
    }

    record Result(List<Showback.Line> lines, List<Showback.Pool> pools) {
    }

    private static boolean matches(SharedCostRule rule, Spend s) {
        return switch (rule.match()) {
            case "SERVICE" -> rule.value().equals(s.service());
            case "ACCOUNT" -> rule.value().equals(s.account());
            case "CHARGE_CATEGORY" -> rule.value().equalsIgnoreCase(s.chargeCategory());
            default -> false;
        };
    }

    private static Map<String, BigDecimal> split(SharedCostRule rule, BigDecimal amount,
                                                 Map<String, BigDecimal> direct) {
        Map<String, BigDecimal> weights = new TreeMap<>();
        switch (rule.method()) {
            case "FIXED" -> weights.putAll(rule.shares());
            case "PROPORTIONAL" -> direct.forEach((team, v) -> {
                if (!UNALLOCATED.equals(team) && v.signum() > 0) {
                    weights.put(team, v);
                }
            });
            default -> direct.keySet().stream().filter(t -> !UNALLOCATED.equals(t))
                    .forEach(t -> weights.put(t, BigDecimal.ONE));
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> parts = new TreeMap<>();
        if (sum.signum() == 0) {
            parts.put(UNALLOCATED, amount);
            return parts;
        }
        BigDecimal given = BigDecimal.ZERO;
        String largest = null;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            BigDecimal part = amount.multiply(w.getValue()).divide(sum, 10, RoundingMode.HALF_EVEN);
            parts.put(w.getKey(), part);
            given = given.add(part);
            if (largest == null || w.getValue().compareTo(weights.get(largest)) > 0) {
                largest = w.getKey();
            }
        }
        parts.merge(largest, amount.subtract(given), BigDecimal::add);
        return parts;
    }
}
