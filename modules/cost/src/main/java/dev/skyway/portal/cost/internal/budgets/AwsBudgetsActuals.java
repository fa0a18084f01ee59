package dev.skyway.portal.cost.internal.budgets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.skyway.portal.cost.BudgetStatus;
import dev.skyway.portal.cost.internal.aws.AwsBudgetActual;

/**
 * In AWS mode, a budget AWS Budgets keeps too (its {@code awsName}, e.g. a vended account's) takes AWS's actual and
 * forecast; every other budget, and every budget while AWS Budgets cannot be read, takes the rollups'. AWS's list is
 * read at most once per {@code refresh}, so showing the budgets page does not call AWS every time.
 */
class AwsBudgetsActuals implements BudgetActualsSource {

    private static final Logger log = LoggerFactory.getLogger(AwsBudgetsActuals.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private final Supplier<List<AwsBudgetActual>> aws;
    private final BudgetActualsSource rollups;
    private final Clock clock;
    private final Duration refresh;
    private Map<String, AwsBudgetActual> byName = Map.of();
    private @Nullable Instant nextRead;

    /** @param aws reads every cost budget of the account that keeps them (DescribeBudgets) */
    AwsBudgetsActuals(Supplier<List<AwsBudgetActual>> aws, BudgetActualsSource rollups, Clock clock,
                      Duration refresh) {
        this.aws = aws;
        this.rollups = rollups;
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public BudgetFigures figures(StoredBudget budget, LocalDate today) {
        AwsBudgetActual kept = budget.awsName() == null ? null : current().get(budget.awsName());
        if (kept == null || !kept.currency().equals(budget.spec().amount().currency().getCurrencyCode())
                || !kept.timeUnit().equals(budget.spec().period().name())) {
            return rollups.figures(budget, today);
        }
        return new BudgetFigures(kept.actual(), kept.forecast(), BudgetStatus.FROM_AWS);
    }

    private synchronized Map<String, AwsBudgetActual> current() {
        Instant now = clock.instant();
        if (nextRead != null && now.isBefore(nextRead)) {
            return byName;
        }
        try {
            Map<String, AwsBudgetActual> read = new LinkedHashMap<>();
            aws.get().forEach(b -> read.put(b.name(), b));
            byName = Map.copyOf(read);
            nextRead = now.plus(refresh);
        } catch (RuntimeException e) {
            // the rollups answer meanwhile; the last list read, if any, stays
            log.warn("AWS Budgets could not be read, budgets show the portal's own figures: {}", e.getMessage());
            nextRead = now.plus(RETRY_AFTER_FAILURE);
        }
        return byName;
    }
}
