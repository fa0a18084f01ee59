package dev.skyway.portal.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.Inventory;
import dev.skyway.portal.accounts.internal.requests.AccountBudgets;

/**
 * Who owns every account of the organization (name, OU path, owner team, cost center, tags), for modules that
 * attribute things to teams in the background, such as the cost module allocating spend during an import, and the
 * budgets recorded for the accounts the portal vended (the cost module shows and checks them). No role
 * check: there is no user in a background import; callers decide what a user may see of what they derive.
 */
@Service
public class AccountOwnership {

    private final Inventory inventory;
    private final AccountBudgets budgets;

    AccountOwnership(Inventory inventory, AccountBudgets budgets) {
        this.inventory = inventory;
        this.budgets = budgets;
    }

    /** Every account of the last successful sync, by name; empty before the first sync. */
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return inventory.search(AccountQuery.all(), 0, Integer.MAX_VALUE);
    }

    /**
     * The accounts of the last successful sync whose owner team is one of {@code teams} (exactly as tagged), by
     * name: what an engineer sees, without reading the whole inventory for it.
     */
    @Transactional(readOnly = true)
    public List<Account> ownedBy(Collection<String> teams) {
        return inventory.ownedBy(teams);
    }

    /** The monthly budgets recorded for the accounts the portal vended, oldest first; empty when it vended none. */
    @Transactional(readOnly = true)
    public List<AccountBudget> budgets() {
        return budgets.all();
    }
}
