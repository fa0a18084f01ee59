package dev.skyway.portal.accounts.internal.sandbox;

import java.math.BigDecimal;
import java.util.List;

import dev.skyway.portal.accounts.internal.vending.BudgetRecorder;

/** The sandbox has no AWS Budgets to call: the portal's own budget record (kept by the caller) is the budget. */
public class SandboxBudgetRecorder implements BudgetRecorder {

    @Override
    public void create(String accountId, String budgetName, BigDecimal monthlyLimitUsd, List<String> notifyEmails) {
        // nothing to call
    }
}
