package dev.skyway.portal.accounts.internal.aws;

import java.util.Objects;

import dev.skyway.portal.accounts.internal.vending.AccountCloser;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountAlreadyClosedException;

/**
 * Closes member accounts with AWS Organizations {@code CloseAccount} (asynchronous: {@code PENDING_CLOSURE}, then
 * {@code SUSPENDED}), read back with {@code DescribeAccount}. An account that is already closed is not an error.
 */
public class OrganizationsAccountCloser implements AccountCloser {

    private final OrganizationsClient client;

    /** @param client Organizations client from the management account; never null. The adapter does not close it. */
    public OrganizationsAccountCloser(OrganizationsClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public void close(String accountId) {
        String what = "close account " + accountId;
        VendingErrors.call(OrganizationsErrors.SERVICE, what, OrganizationsErrors.translator(what), () -> {
            try {
                return client.closeAccount(r -> r.accountId(accountId));
            } catch (AccountAlreadyClosedException alreadyClosed) {
                return null; // what was asked for
            }
        });
    }

    /**
     * {@code ACTIVE}, {@code PENDING_CLOSURE} or {@code SUSPENDED}. AWS's {@code Status} is used when present; its
     * successor {@code State} otherwise ({@code CLOSED} reads as {@code SUSPENDED}, {@code PENDING_ACTIVATION} as
     * {@code ACTIVE}).
     */
    @Override
    public String status(String accountId) {
        String what = "read account " + accountId;
        Account account = VendingErrors.call(OrganizationsErrors.SERVICE, what, OrganizationsErrors.translator(what),
                () -> client.describeAccount(r -> r.accountId(accountId))).account();
        if (account.statusAsString() != null) {
            return account.statusAsString();
        }
        String state = account.stateAsString();
        return switch (state == null ? "" : state) {
            case "CLOSED" -> "SUSPENDED";
            case "PENDING_ACTIVATION" -> "ACTIVE";
            default -> state;
        };
    }
}
