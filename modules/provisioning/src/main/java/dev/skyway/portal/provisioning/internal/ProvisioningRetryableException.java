package dev.skyway.portal.provisioning.internal;

/**
 * The provisioner did not answer this time (throttled, or unreachable) and the call is safe to repeat with the same
 * token: the request stays pending and the poller tries again after a backoff. Never a reason to fail a request.
 */
public class ProvisioningRetryableException extends ProvisioningException {

    private final boolean throttled;

    public ProvisioningRetryableException(String message, boolean throttled, Throwable cause) {
        super(message, cause);
        this.throttled = throttled;
    }

    /** True for throttling (ThrottlingException, HTTP 429, LimitExceededException); false when unreachable. */
    public boolean throttled() {
        return throttled;
    }
}
