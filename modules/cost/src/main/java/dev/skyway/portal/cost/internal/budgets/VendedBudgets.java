package dev.skyway.portal.cost.internal.budgets;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.AccountBudget;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.money.Money;

/**
 * Brings the budgets recorded at account vending into the portal's budgets, once each (by name, so a second run or
 * a second replica adds nothing): monthly, on the account, in billed cost, alerting like the AWS budget vending
 * created (80% of the actual, 100% of the forecast). They stay read-only here.
 */
@Component
public class VendedBudgets {

    static final String CREATED_BY = "account-vending";
    static final List<BudgetThreshold> THRESHOLDS = List.of(
            new BudgetThreshold(BudgetThreshold.Type.ACTUAL, 80),
            new BudgetThreshold(BudgetThreshold.Type.FORECAST, 100));

    private final AccountOwnership ownership;
    private final BudgetStore store;
    private final AuditLedger audit;

    VendedBudgets(AccountOwnership ownership, BudgetStore store, AuditLedger audit) {
        this.ownership = ownership;
        this.store = store;
        this.audit = audit;
    }

    /** @return how many budgets were added */
    @Transactional
    public int importNew() {
        Set<String> known = new HashSet<>(store.names());
        int added = 0;
        for (AccountBudget vended : ownership.budgets()) {
            if (known.contains(vended.budgetName())) {
                continue;
            }
            StoredBudget budget = new StoredBudget(UUID.randomUUID(), new BudgetSpec(vended.budgetName(),
                    new BudgetScope(BudgetScope.Kind.ACCOUNT, vended.accountId()), BudgetPeriod.MONTHLY,
                    Money.of(vended.monthlyLimit().toPlainString(), vended.currency()), CostMetric.BilledCost,
                    THRESHOLDS), Budget.Source.VENDING, vended.budgetName(), CREATED_BY, 1);
            if (store.insertIfNameIsFree(budget)) {
                added++;
                // the system acts here, whoever's page load found the budget; the event id records it once
                audit.append(AuditActor.of(PortalUser.SYSTEM), AuditRecord.of("cost.budget-imported", "cost-budget",
                        budget.id().toString(), Map.of("name", budget.name(), "source", "VENDING",
                                "account", vended.accountId(), "amount", budget.spec().amount().toString())),
                        "cost.vended-budget-imported:" + vended.accountId());
            }
        }
        return added;
    }
}
