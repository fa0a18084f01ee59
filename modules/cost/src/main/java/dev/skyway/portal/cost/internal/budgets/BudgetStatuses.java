package dev.skyway.portal.cost.internal.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetStatus;
import dev.skyway.portal.cost.BudgetThreshold;

/** Where budgets stand today (UTC, by the portal's clock): their figures and the thresholds they have crossed. */
@Component
public class BudgetStatuses {

    private final BudgetActualsSource source;
    private final Clock clock;

    BudgetStatuses(BudgetActualsSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    public Budget budget(StoredBudget b) {
        BudgetSpec spec = b.spec();
        return new Budget(b.id(), spec.name(), spec.scope(), spec.period(), spec.amount(), spec.metric(),
                spec.thresholds(), b.source(), b.awsName(), b.createdBy(), b.version(), status(b, today()));
    }

    BudgetStatus status(StoredBudget b, LocalDate today) {
        BudgetSpec spec = b.spec();
        BudgetFigures figures = source.figures(b, today);
        BigDecimal amount = spec.amount().amount();
        List<BudgetThreshold> crossed = spec.thresholds().stream().filter(t -> switch (t.type()) {
            case ACTUAL -> t.crossedBy(figures.actual(), amount);
            case FORECAST -> figures.forecast() != null && t.crossedBy(figures.forecast(), amount);
        }).toList();
        return new BudgetStatus(spec.period().key(today), spec.period().start(today), spec.period().end(today),
                cents(figures.actual()), figures.forecast() == null ? null : cents(figures.forecast()),
                BudgetStatus.percent(figures.actual(), amount), crossed, figures.from());
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
