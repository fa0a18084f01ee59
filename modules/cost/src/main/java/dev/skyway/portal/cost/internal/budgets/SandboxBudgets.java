package dev.skyway.portal.cost.internal.budgets;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.internal.SandboxSeedListener;
import dev.skyway.portal.cost.internal.sandbox.FocusGenerator;
import dev.skyway.portal.platform.money.Money;

/**
 * The sandbox's budgets, made with its cost data so the budgets page has something to show on first start: two
 * teams, an account and a cost center, one of them tight enough to have crossed thresholds this month.
 */
@Component
class SandboxBudgets implements SandboxSeedListener {

    static final String CREATED_BY = "finance@example.com";

    private final BudgetStore store;

    SandboxBudgets(BudgetStore store) {
        this.store = store;
    }

    @Override
    public void seeded(FocusGenerator generator) {
        List.of(spec("payments-monthly", BudgetScope.Kind.TEAM, "payments", BudgetPeriod.MONTHLY, "20000"),
                spec("data-quarterly", BudgetScope.Kind.TEAM, "data", BudgetPeriod.QUARTERLY, "60000"),
                spec("platform-monthly", BudgetScope.Kind.TEAM, "platform", BudgetPeriod.MONTHLY, "1500"),
                spec("cc-2300-monthly", BudgetScope.Kind.COST_CENTER, "CC-2300", BudgetPeriod.MONTHLY, "9000"))
                .forEach(spec -> store.insertIfNameIsFree(new StoredBudget(UUID.randomUUID(), spec,
                        Budget.Source.PORTAL, null, CREATED_BY, 1)));
    }

    private static BudgetSpec spec(String name, BudgetScope.Kind kind, String value, BudgetPeriod period,
                                   String amount) {
        return new BudgetSpec(name, new BudgetScope(kind, value), period, Money.of(amount, "USD"),
                CostMetric.EffectiveCost, BudgetThreshold.DEFAULTS);
    }
}
