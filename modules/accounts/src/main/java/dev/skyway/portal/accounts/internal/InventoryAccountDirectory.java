package dev.skyway.portal.accounts.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.platform.directory.AccountDirectory;
import dev.skyway.portal.platform.directory.TargetAccount;

/**
 * The platform's {@link AccountDirectory} over the synced inventory: an account's environment and owner team are its
 * {@code environment} and {@code owner-team} tags (the same tags the inventory views and account closing read).
 * No role check: it answers other modules' rules, which decide what the caller may do with the answer.
 */
@Component
class InventoryAccountDirectory implements AccountDirectory {

    private final Inventory inventory;

    InventoryAccountDirectory(Inventory inventory) {
        this.inventory = inventory;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TargetAccount> find(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            return Optional.empty();
        }
        return inventory.find(accountId.strip()).map(a -> new TargetAccount(a.id(),
                blankToNull(a.tags().get(Account.ENVIRONMENT_TAG)), blankToNull(a.ownerTeam()), a.status()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
