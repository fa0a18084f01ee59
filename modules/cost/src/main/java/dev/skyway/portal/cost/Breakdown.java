package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Cost in one currency over a range, by group, largest first.
 *
 * @param scope what the figures are limited to for the caller (e.g. "teams payments, checkout"), or "all accounts"
 */
public record Breakdown(LocalDate start, LocalDate end, CostMetric metric, String currency, BigDecimal total,
                        List<Group> groups, List<String> otherCurrencies, String scope) {

    /** @param key the dimension's value ({@code ""} for none); label what people read (an account's name) */
    public record Group(String key, String label, BigDecimal amount) {
    }
}
