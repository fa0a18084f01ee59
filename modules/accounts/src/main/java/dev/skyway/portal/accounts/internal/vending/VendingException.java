package dev.skyway.portal.accounts.internal.vending;

import org.jspecify.annotations.Nullable;

/**
 * A vending, baseline, budget or closing call failed, in the portal's words.
 *
 * @see #retryable()
 */
public class VendingException extends RuntimeException {

    private final @Nullable String code;
    private final @Nullable String awsRequestId;
    private final boolean retryable;

    /**
     * @param code         AWS's error code or failure reason
     * @param awsRequestId for support cases
     * @param retryable    true for throttling and other transient failures that should leave the item queued or
     *                     in progress and be tried again later, not fail it
     */
    public VendingException(String message, @Nullable String code, @Nullable String awsRequestId, boolean retryable,
                            @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
        this.awsRequestId = awsRequestId;
        this.retryable = retryable;
    }

    public @Nullable String code() {
        return code;
    }

    public @Nullable String awsRequestId() {
        return awsRequestId;
    }

    public boolean retryable() {
        return retryable;
    }
}
