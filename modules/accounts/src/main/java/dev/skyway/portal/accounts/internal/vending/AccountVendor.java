package dev.skyway.portal.accounts.internal.vending;

import java.time.Instant;

/**
 * Port: creates AWS accounts, asynchronously as AWS does. Adapters: the sandbox organization, AWS Organizations
 * {@code CreateAccount}, and Control Tower Account Factory (a Service Catalog product).
 *
 * <p>Crash safety is the caller's job together with {@link #find}: the caller stores the command (with its
 * {@link VendingCommand#idempotencyKey()}) and marks the operation as "start sent" <em>before</em> calling
 * {@link #start}. After a crash with "start sent" but no operation id stored, the caller asks {@link #find} and never
 * calls {@link #start} a second time for that command (Organizations' {@code CreateAccount} has no idempotency token).
 */
public interface AccountVendor {

    /** {@code sandbox}, {@code organizations} or {@code control-tower}; stored with each operation and shown. */
    String name();

    /**
     * Starts creating the account.
     *
     * @return the vendor's operation id: the {@code car-...} id of CreateAccount, the Service Catalog record id of
     *         the Account Factory's ProvisionProduct, or the sandbox's own id
     * @throws VendingException when the vendor refused the request outright
     */
    String start(VendingCommand command);

    /**
     * The operation an earlier {@link #start} of this command began, when the caller crashed before storing its id.
     * Organizations: the account whose root email is the command's (emails are unique in an organization, names
     * are not) and that joined at or after {@code sentAt}, then its {@code CreateAccountStatus}; Account Factory:
     * the record of the same {@code ProvisionToken}; sandbox: its own records. Never starts anything.
     *
     * @param sentAt when the start was recorded as about to be sent (committed before the call)
     * @throws VendingException when the vendor cannot be asked
     */
    Recovery find(VendingCommand command, Instant sentAt);

    /** How the operation is doing. @throws VendingException when it cannot be read */
    VendingProgress progress(String operationId);

    /**
     * Puts a created account where the command says (idempotent): Organizations moves it from the root to its OU
     * ({@code ListParents}, then {@code MoveAccount} only when needed) and tags it; Account Factory and the sandbox
     * already did both.
     *
     * @throws VendingException when it cannot be done
     */
    void place(String accountId, VendingCommand command);
}
