package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.Breakdown;

/** One group of a breakdown as the grid and the CSV show it, with its share of the total in percent. */
record BreakdownRow(Breakdown.Group group, String currency, @Nullable BigDecimal share) {

    static List<BreakdownRow> of(Breakdown breakdown) {
        BigDecimal total = breakdown.total();
        return breakdown.groups().stream().map(g -> new BreakdownRow(g, breakdown.currency(), total.signum() == 0
                ? null : g.amount().multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP)))
                .toList();
    }

    String key() {
        return group.key();
    }

    String label() {
        return group.label();
    }

    BigDecimal amount() {
        return group.amount();
    }

    String shareText() {
        return share == null ? CostText.NONE : share.toPlainString() + " %";
    }
}
