package dev.skyway.portal.accounts.internal.vending;

import java.math.BigDecimal;
import java.util.List;

/**
 * Port: creates a new account's monthly cost budget. AWS: {@code CreateBudget} in the management account, filtered
 * to the linked account, with notifications at 80% actual and 100% forecast; an existing budget of the same name
 * counts as done only when its amount, currency and time unit match (else it fails, not retryable). Sandbox: nothing
 * to call (the portal's own record of the budget is enough).
 */
public interface BudgetRecorder {

    /** @throws VendingException when it cannot be created */
    void create(String accountId, String budgetName, BigDecimal monthlyLimitUsd, List<String> notifyEmails);
}
