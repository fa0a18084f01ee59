package dev.skyway.portal.cost.internal.budgets;

import java.util.List;

import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.platform.money.Money;

/** What a budget is, checked: everything a user or account vending decides about it. */
public record BudgetSpec(String name, BudgetScope scope, BudgetPeriod period, Money amount, CostMetric metric,
                         List<BudgetThreshold> thresholds) {

    public BudgetSpec {
        thresholds = List.copyOf(thresholds);
    }
}
