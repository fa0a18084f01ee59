package dev.skyway.portal.accounts;

/** No account with this id in the inventory (never synced, not in the organization, or a mistyped id). */
public class AccountNotFoundException extends RuntimeException {

    private final String accountId;

    public AccountNotFoundException(String accountId) {
        super("No account " + accountId + " in the organization's inventory");
        this.accountId = accountId;
    }

    public String accountId() {
        return accountId;
    }
}
