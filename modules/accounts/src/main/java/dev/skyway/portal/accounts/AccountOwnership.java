package dev.skyway.portal.accounts;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.Inventory;

/**
 * Who owns every account of the organization (name, OU path, owner team, cost center, tags), for modules that
 * attribute things to teams in the background, such as the cost module allocating spend during an import. No role
 * check: there is no user in a background import; callers decide what a user may see of what they derive.
 */
@Service
public class AccountOwnership {

    private final Inventory inventory;

    AccountOwnership(Inventory inventory) {
        this.inventory = inventory;
    }

    /** Every account of the last successful sync, by name; empty before the first sync. */
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return inventory.search(AccountQuery.all(), 0, Integer.MAX_VALUE);
    }
}
