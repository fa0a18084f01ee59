package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.Showback;

/**
 * One team's line of the showback as the page shows it: the facade's figures, the team's total the month before
 * (for the change), its share of the total shown, and the budgets set for the team.
 *
 * @param previous the team's total the month before; zero for a team that had none while others had some; absent
 *                 when the month before has no cost (or its cost is in another currency): nothing to compare with
 * @param share    percent of the total shown, one decimal; absent when that total is zero
 */
record ShowbackRow(Showback.Line line, String currency, @Nullable BigDecimal previous, @Nullable BigDecimal share,
                   List<Budget> budgets) {

    static final String UNALLOCATED_LABEL = "Unallocated / untagged";

    ShowbackRow {
        budgets = List.copyOf(budgets);
    }

    /** The rows of {@code now}, largest total first and the unallocated spend last. */
    static List<ShowbackRow> of(Showback now, @Nullable Showback before, List<Budget> budgets) {
        BigDecimal sum = now.lines().stream().map(Showback.Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean comparable = before != null && !before.lines().isEmpty() && before.currency().equals(now.currency());
        Map<String, BigDecimal> previous = comparable ? before.lines().stream()
                .collect(Collectors.toMap(Showback.Line::team, Showback.Line::total, BigDecimal::add)) : Map.of();
        List<ShowbackRow> rows = new ArrayList<>();
        for (Showback.Line line : now.lines()) {
            List<Budget> own = budgets.stream().filter(b -> b.scope().kind() == BudgetScope.Kind.TEAM
                    && b.scope().value().equals(line.team())).toList();
            rows.add(new ShowbackRow(line, now.currency(), comparable ? previous.getOrDefault(line.team(),
                    BigDecimal.ZERO) : null, sum.signum() == 0 ? null : line.total().multiply(BigDecimal.valueOf(100))
                    .divide(sum, 1, RoundingMode.HALF_UP), own));
        }
        rows.sort(Comparator.comparing(ShowbackRow::unallocated)
                .thenComparing(ShowbackRow::total, Comparator.reverseOrder()));
        return rows;
    }

    String team() {
        return line.team();
    }

    boolean unallocated() {
        return line.unallocated();
    }

    String label() {
        return unallocated() ? UNALLOCATED_LABEL : line.team();
    }

    BigDecimal direct() {
        return line.direct();
    }

    BigDecimal shared() {
        return line.shared();
    }

    BigDecimal total() {
        return line.total();
    }

    /** The total against the month before; absent without a month before to compare with. */
    @Nullable BigDecimal change() {
        return previous == null ? null : line.total().subtract(previous);
    }

    /** The change in percent of the month before; absent when that was zero (a new team) or is unknown. */
    @Nullable BigDecimal changePercent() {
        return previous == null || previous.signum() == 0 ? null : change().multiply(BigDecimal.valueOf(100))
                .divide(previous.abs(), 1, RoundingMode.HALF_UP);
    }

    /** {@code +$12.00 (+5.0 %)}, {@code +$3.00 (new)}, or a dash without a month before. */
    String changeText() {
        BigDecimal change = change();
        if (change == null) {
            return CostText.NONE;
        }
        BigDecimal percent = changePercent();
        return CostText.signedMoney(change, currency) + (percent != null ? " (" + CostText.signedPercent(percent)
                + ")" : previous.signum() == 0 && line.total().signum() != 0 ? " (new)" : "");
    }

    String shareText() {
        return share == null ? CostText.NONE : share.toPlainString() + " %";
    }

    /** Which rules the shared part comes from: {@code AWS Support (even) $33.33; Tax (proportional) $6.17}. */
    String sharedRules() {
        return line.shares().stream().map(s -> s.rule() + " (" + s.method().toLowerCase(Locale.ROOT) + ") "
                + CostText.money(s.amount(), currency)).collect(Collectors.joining("; "));
    }

    /** Each budget of the team, where its current period stands. */
    String budgetText() {
        return budgets.stream().map(b -> b.name() + ": " + b.status().percentUsed().toPlainString() + " % of "
                + CostText.money(b.amount().amount(), b.amount().currency().getCurrencyCode()) + " in "
                + b.status().periodKey()).collect(Collectors.joining("; "));
    }
}
