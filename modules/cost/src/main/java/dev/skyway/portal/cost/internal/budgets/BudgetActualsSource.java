package dev.skyway.portal.cost.internal.budgets;

import java.time.LocalDate;

/**
 * Where a budget's actual and forecast come from: the portal's rollups (sandbox, and every budget AWS does not keep)
 * or AWS Budgets (in AWS mode, for the budgets AWS keeps too).
 */
public interface BudgetActualsSource {

    /** The spend of the period that holds {@code today}. */
    BudgetFigures figures(StoredBudget budget, LocalDate today);
}
