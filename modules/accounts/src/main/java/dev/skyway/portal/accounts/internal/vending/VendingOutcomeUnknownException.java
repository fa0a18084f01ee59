package dev.skyway.portal.accounts.internal.vending;

/**
 * A start call whose outcome is unknown: it may have reached AWS (a timeout, a lost connection, an internal error)
 * and AWS may be creating the account. The caller must not start again; it keeps the operation as "start sent" and
 * asks {@link AccountVendor#find} instead. Distinct from a retryable refusal such as throttling, where AWS did
 * nothing and starting again is safe.
 */
public class VendingOutcomeUnknownException extends VendingException {

    public VendingOutcomeUnknownException(String message, String code, String awsRequestId, Throwable cause) {
        super(message, code, awsRequestId, true, cause);
    }
}
