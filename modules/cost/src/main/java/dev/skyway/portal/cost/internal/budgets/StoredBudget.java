package dev.skyway.portal.cost.internal.budgets;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.Budget;

/** A budget as stored, without where it stands. */
public record StoredBudget(UUID id, BudgetSpec spec, Budget.Source source, @Nullable String awsName,
                           String createdBy, int version) {

    public String name() {
        return spec.name();
    }
}
