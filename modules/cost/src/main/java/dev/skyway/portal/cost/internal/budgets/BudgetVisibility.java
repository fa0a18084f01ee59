package dev.skyway.portal.cost.internal.budgets;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;

/**
 * Which budgets belong to some teams: a team's own; an account's when one of the teams owns the account in the
 * inventory; a cost center's when an account one of the teams owns carries that cost center.
 */
@Component
public class BudgetVisibility {

    private final AccountOwnership ownership;

    BudgetVisibility(AccountOwnership ownership) {
        this.ownership = ownership;
    }

    /** @param teams null for every budget */
    public Predicate<StoredBudget> of(@Nullable Set<String> teams) {
        if (teams == null) {
            return b -> true;
        }
        Set<Account> owned = Set.copyOf(ownership.ownedBy(teams));
        Set<String> accounts = owned.stream().map(Account::id).collect(Collectors.toSet());
        Set<String> costCenters = owned.stream().map(Account::costCenter).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return b -> switch (b.spec().scope().kind()) {
            case TEAM -> teams.contains(b.spec().scope().value());
            case ACCOUNT -> accounts.contains(b.spec().scope().value());
            case COST_CENTER -> costCenters.contains(b.spec().scope().value());
        };
    }
}
