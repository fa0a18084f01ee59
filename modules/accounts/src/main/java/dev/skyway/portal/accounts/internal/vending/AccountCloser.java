package dev.skyway.portal.accounts.internal.vending;

/**
 * Port: closes member accounts. AWS: Organizations {@code CloseAccount} (asynchronous: the account goes
 * {@code PENDING_CLOSURE}, then {@code SUSPENDED}; {@code DescribeAccount} tells), sandbox: the simulated
 * organization suspends it and moves it to its Suspended OU after a few seconds.
 */
public interface AccountCloser {

    /** Starts closing; closing an account that is already closing or suspended is not an error. @throws VendingException */
    void close(String accountId);

    /** The account's status as the organization reports it: {@code ACTIVE}, {@code PENDING_CLOSURE}, {@code SUSPENDED}. */
    String status(String accountId);
}
