package dev.skyway.portal.accounts.internal.vending;

/**
 * A vending, baseline, budget or closing call failed, in the portal's words.
 *
 * @see #retryable()
 */
public class VendingException extends RuntimeException {

    private final String code;
    private final String awsRequestId;
    private final boolean retryable;

    /**
     * @param code         AWS's error code or failure reason; may be null
     * @param awsRequestId for support cases; may be null
     * @param retryable    true for throttling and other transient failures that should leave the item queued or
     *                     in progress and be tried again later, not fail it
     */
    public VendingException(String message, String code, String awsRequestId, boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.awsRequestId = awsRequestId;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    public String awsRequestId() {
        return awsRequestId;
    }

    public boolean retryable() {
        return retryable;
    }
}
