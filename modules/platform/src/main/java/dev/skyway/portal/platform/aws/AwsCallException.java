package dev.skyway.portal.platform.aws;

/**
 * An {@link AwsCall} failed; the message is the portal's words ({@link AwsFailure#message()}), the failure keeps
 * AWS's code and request id. Modules with exception types of their own translate to those instead.
 */
public class AwsCallException extends RuntimeException {

    private final transient AwsFailure failure;

    public AwsCallException(AwsFailure failure) {
        super(failure.message(), failure.exception());
        this.failure = failure;
    }

    public AwsFailure failure() {
        return failure;
    }
}
