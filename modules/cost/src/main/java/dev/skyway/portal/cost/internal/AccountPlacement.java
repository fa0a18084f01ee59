package dev.skyway.portal.cost.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;

/** Where accounts sit in the organization, for OU breakdowns and filters (from the account inventory). */
@Component
public class AccountPlacement {

    private final AccountOwnership ownership;

    AccountPlacement(AccountOwnership ownership) {
        this.ownership = ownership;
    }

    /** Account id → OU path, for every account of the inventory. */
    public java.util.Map<String, String> ouPaths() {
        return ownership.accounts().stream().collect(java.util.stream.Collectors.toMap(Account::id, Account::ouPath));
    }

    /** Accounts in this OU path or below it (empty list matches nothing). */
    public List<String> accountsUnder(String ouPath) {
        return ownership.accounts().stream()
                .filter(a -> a.ouPath().equals(ouPath) || a.ouPath().startsWith(ouPath + "/"))
                .map(Account::id).toList();
    }
}
