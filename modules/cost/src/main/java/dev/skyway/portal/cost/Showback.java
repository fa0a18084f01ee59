package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * A month's cost per team: what each team used directly, its part of the shared costs, and the total. Unallocated
 * spend (no team tag, rule or owner) shows as its own row, {@link #UNALLOCATED}.
 *
 * @param otherCurrencies the month's spend in other billing currencies, which is not in the lines (currencies are
 *                        never summed); what the caller may see
 */
public record Showback(String month, CostMetric metric, String currency, List<Line> lines, List<Pool> pools,
                       String scope, List<String> otherCurrencies) {

    /** The team of the line that holds the spend no tag, rule or owner gives to a team. */
    public static final String UNALLOCATED = "(unallocated)";

    public Showback {
        lines = List.copyOf(lines);
        pools = List.copyOf(pools);
        otherCurrencies = List.copyOf(otherCurrencies);
    }

    /** @param shares the shared part by the rule that split it, in the rules' order (they add up to {@code shared}) */
    public record Line(String team, BigDecimal direct, BigDecimal shared, BigDecimal total, List<Share> shares) {

        public Line {
            shares = List.copyOf(shares);
        }

        public boolean unallocated() {
            return UNALLOCATED.equals(team);
        }
    }

    /** A team's part of one shared cost rule's pool. */
    public record Share(String rule, String method, BigDecimal amount) {
    }

    /** A shared cost rule's amount this month and how it was split. */
    public record Pool(String rule, String method, BigDecimal amount) {
    }
}
