package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsPages;
import software.amazon.awssdk.services.budgets.BudgetsClient;
import software.amazon.awssdk.services.budgets.model.Budget;
import software.amazon.awssdk.services.budgets.model.BudgetType;
import software.amazon.awssdk.services.budgets.model.DescribeBudgetsResponse;
import software.amazon.awssdk.services.budgets.model.Spend;

/**
 * The cost budgets of an account as AWS Budgets keeps them, with their actual and forecast spend
 * ({@code DescribeBudgets}, every page). Usage, reservation and Savings Plans budgets are left out: their amounts are
 * not money.
 */
public class AwsBudgetActuals {

    private static final int PAGE_SIZE = 100;

    private final BudgetsClient budgets;
    private final String accountId;
    private final Clock clock;

    /** @param accountId the account that owns the budgets (the management account, for the organization's) */
    public AwsBudgetActuals(BudgetsClient budgets, String accountId) {
        this(budgets, accountId, Clock.systemUTC());
    }

    /** @param clock picks the current period's amount of a budget planned period by period */
    public AwsBudgetActuals(BudgetsClient budgets, String accountId, Clock clock) {
        this.budgets = Objects.requireNonNull(budgets, "budgets");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Every cost budget of the account, in AWS's order.
     *
     * @throws dev.skyway.portal.platform.aws.AwsCallException when AWS Budgets refuses or fails a call
     */
    public List<AwsBudgetActual> budgets() {
        List<Budget> all = AwsCall.to("AWS Budgets", "read the budgets of account " + accountId)
                .withPermissions("budgets:ViewBudget")
                .run(() -> AwsPages.items(
                        token -> budgets.describeBudgets(r -> r.accountId(accountId).maxResults(PAGE_SIZE)
                                .nextToken(token)),
                        DescribeBudgetsResponse::budgets, DescribeBudgetsResponse::nextToken));
        return all.stream()
                .filter(budget -> budget.budgetType() == BudgetType.COST)
                .flatMap(budget -> actual(budget).stream())
                .toList();
    }

    private Optional<AwsBudgetActual> actual(Budget budget) {
        Spend limit = currentLimit(budget);
        if (limit == null) {
            // a budget without an amount for this period (a plan that has ended) has nothing to compare against
            return Optional.empty();
        }
        Spend actual = budget.calculatedSpend() == null ? null : budget.calculatedSpend().actualSpend();
        Spend forecast = budget.calculatedSpend() == null ? null : budget.calculatedSpend().forecastedSpend();
        return Optional.of(new AwsBudgetActual(budget.budgetName(), limit.amount(), limit.unit(),
                actual == null ? BigDecimal.ZERO : actual.amount(), forecast == null ? null : forecast.amount(),
                budget.timeUnitAsString()));
    }

    /**
     * The fixed limit, or, for a budget planned period by period ({@code PlannedBudgetLimits}, keyed by each period's
     * start in epoch seconds), the amount of the latest period that has started.
     */
    private @Nullable Spend currentLimit(Budget budget) {
        if (budget.budgetLimit() != null) {
            return budget.budgetLimit();
        }
        long now = Instant.now(clock).getEpochSecond();
        Spend current = null;
        long currentStart = Long.MIN_VALUE;
        for (Map.Entry<String, Spend> planned : budget.plannedBudgetLimits().entrySet()) {
            long start = epochSeconds(planned.getKey());
            if (start <= now && start > currentStart) {
                currentStart = start;
                current = planned.getValue();
            }
        }
        return current;
    }

    private static long epochSeconds(String key) {
        try {
            return new BigDecimal(key).longValue();
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // not a period start: never current
        }
    }
}
