package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * A month's cost per team: what each team used directly, its part of the shared costs, and the total. Unallocated
 * spend (no team tag, rule or owner) shows as its own row.
 */
public record Showback(String month, CostMetric metric, String currency, List<Line> lines, List<Pool> pools,
                       String scope) {

    public record Line(String team, BigDecimal direct, BigDecimal shared, BigDecimal total) {
    }

    /** A shared cost rule's amount this month and how it was split. */
    public record Pool(String rule, String method, BigDecimal amount) {
    }
}
