package dev.skyway.portal.accounts.internal.aws;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.accounts.internal.vending.AccountCloser;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountAlreadyClosedException;
import software.amazon.awssdk.services.organizations.model.DuplicateAccountException;

/**
 * Closes member accounts with AWS Organizations {@code CloseAccount} (asynchronous: {@code PENDING_CLOSURE}, then
 * {@code SUSPENDED}), read back with {@code DescribeAccount}, then moves them to the Suspended OU
 * ({@code ListParents}, {@code MoveAccount} only when elsewhere), as a Control Tower landing zone expects: a closed
 * account left in a workload OU keeps that OU's policies and clutters it for 90 days. Closing or moving again is not
 * an error.
 */
public class OrganizationsAccountCloser implements AccountCloser {

    private final OrganizationsClient client;
    private final @Nullable String suspendedOuId;

    /**
     * @param client        Organizations client from the management account. The adapter does not close it.
     * @param suspendedOuId the OU closed accounts are moved to ({@code ou-...}); without one, they stay where they
     *                      are
     */
    public OrganizationsAccountCloser(OrganizationsClient client, @Nullable String suspendedOuId) {
        this.client = Objects.requireNonNull(client, "client");
        this.suspendedOuId = suspendedOuId == null || suspendedOuId.isBlank() ? null : suspendedOuId.strip();
    }

    /** Closes without moving. */
    public OrganizationsAccountCloser(OrganizationsClient client) {
        this(client, null);
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
        if (suspendedOuId != null) {
            moveToSuspended(accountId);
        }
    }

    /** Idempotent: an account already in the Suspended OU (or moved there meanwhile) is left alone. */
    private void moveToSuspended(String accountId) {
        String current = AccountParent.of(client, accountId, "moving it to the Suspended OU will be tried again");
        if (current.equals(suspendedOuId)) {
            return;
        }
        String move = "move closed account " + accountId + " to the Suspended OU " + suspendedOuId;
        VendingErrors.call(OrganizationsErrors.SERVICE, move, OrganizationsErrors.translator(move), () -> {
            try {
                return client.moveAccount(r -> r.accountId(accountId).sourceParentId(current)
                        .destinationParentId(suspendedOuId));
            } catch (DuplicateAccountException alreadyThere) {
                return null; // moved meanwhile: where it should be
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
