package dev.skyway.portal.cost.internal.budgets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.BudgetStatus;
import dev.skyway.portal.cost.internal.analysis.DailyPoint;
import dev.skyway.portal.cost.internal.analysis.ForecastPoint;
import dev.skyway.portal.cost.internal.analysis.Forecaster;

/**
 * A budget's figures from the daily rollups: the actual is the period's spend so far; the forecast adds the
 * {@link Forecaster}'s days from the day after the last day with data to the period's end, fitted on up to a year of
 * the scope's history.
 */
public class RollupBudgetActuals implements BudgetActualsSource {

    static final int HISTORY_DAYS = 365;
    static final double CONFIDENCE = 0.8;

    private final ScopeSpend spend;
    private final Forecaster forecaster = new Forecaster();

    RollupBudgetActuals(ScopeSpend spend) {
        this.spend = spend;
    }

    @Override
    public BudgetFigures figures(StoredBudget budget, LocalDate today) {
        BudgetSpec spec = budget.spec();
        LocalDate start = spec.period().start(today);
        LocalDate end = spec.period().end(today);
        List<DailyPoint> history = spend.daily(spec.scope(), spec.metric(),
                spec.amount().currency().getCurrencyCode(), start.minusDays(HISTORY_DAYS), end);
        BigDecimal actual = history.stream().filter(p -> !p.date().isBefore(start)).map(DailyPoint::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BudgetFigures(actual, forecast(history, actual, start, end), BudgetStatus.FROM_ROLLUPS);
    }

    /** The period's actual plus the forecast of its days after the history; absent without history. */
    private @Nullable BigDecimal forecast(List<DailyPoint> history, BigDecimal actual, LocalDate start,
                                          LocalDate end) {
        if (history.isEmpty()) {
            return null;
        }
        LocalDate last = history.getLast().date();
        long days = ChronoUnit.DAYS.between(last, end) - 1;
        if (days <= 0) {
            return actual;
        }
        if (days > Forecaster.MAX_DAYS) {
            return null; // the history stopped long before this period: nothing to forecast from
        }
        BigDecimal rest = forecaster.forecast(history, (int) days, CONFIDENCE).points().stream()
                .filter(p -> !p.date().isBefore(start)).map(ForecastPoint::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return actual.add(rest);
    }
}
