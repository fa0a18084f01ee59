package dev.skyway.portal.platform.aws;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * What kind of failure an AWS SDK exception is, in the portal's categories. The first three are transient: the same
 * call may succeed later, so callers leave the work queued instead of failing it.
 */
public enum AwsErrorKind {

    /** AWS refused the request for its rate (after the client's retries): nothing happened. */
    THROTTLED,
    /** AWS failed internally (HTTP 5xx): it may or may not have acted. */
    SERVER_ERROR,
    /** No answer: connection refused or lost, DNS, timeouts ({@link SdkClientException}). */
    UNREACHABLE,
    /** The portal's credentials may not do this ({@code AccessDenied*}, EC2's {@code UnauthorizedOperation}). */
    ACCESS_DENIED,
    /** What the request named does not exist or is not visible ({@code *NotFound*}, {@code NoSuch*}, HTTP 404). */
    NOT_FOUND,
    /** AWS refused the request's input ({@code ValidationException}, {@code InvalidParameter*}, ...). */
    INVALID_INPUT,
    /** Any other refusal (conflicts, limits, states): the module's own translation may know it better. */
    OTHER;

    private static final Set<String> ACCESS_DENIED_CODES = Set.of("UnauthorizedOperation", "AuthorizationError",
            "AuthorizationErrorException");
    private static final Set<String> INVALID_INPUT_CODES = Set.of("InvalidParameterException",
            "InvalidParametersException", "InvalidParameterValue", "InvalidParameterValueException",
            "InvalidParameterCombination", "InvalidInputException", "InvalidInput", "InvalidRequestException",
            "InvalidRequest", "InvalidArgument", "MissingParameter", "SerializationException");

    /** Throttled, an internal error or no answer: trying the same call again later may succeed. */
    public boolean isTransient() {
        return this == THROTTLED || this == SERVER_ERROR || this == UNREACHABLE;
    }

    /**
     * Classifies any exception an AWS SDK v2 call throws. Throttling is judged as the SDK's retry strategy judges it
     * ({@link SdkServiceException#isThrottlingException()}: HTTP 429 or a throttling code such as
     * {@code ThrottlingException}, {@code Throttling}, {@code TooManyRequestsException}, {@code RequestLimitExceeded},
     * {@code SlowDown}), before the HTTP status, so a 503 {@code SlowDown} is throttling, not an internal error.
     */
    public static AwsErrorKind of(Throwable failure) {
        if (failure instanceof SdkClientException) {
            return UNREACHABLE;
        }
        if (!(failure instanceof SdkServiceException e)) {
            return OTHER;
        }
        if (e.isThrottlingException()) {
            return THROTTLED;
        }
        if (e.statusCode() >= 500) {
            return SERVER_ERROR;
        }
        String code = errorCode(e);
        if (code != null) {
            if (code.startsWith("AccessDenied") || ACCESS_DENIED_CODES.contains(code)) {
                return ACCESS_DENIED;
            }
            if (code.endsWith("NotFound") || code.endsWith("NotFoundException") || code.startsWith("NoSuch")) {
                return NOT_FOUND;
            }
            if (code.startsWith("Validation") || INVALID_INPUT_CODES.contains(code)) {
                return INVALID_INPUT;
            }
        }
        return e.statusCode() == 404 ? NOT_FOUND : OTHER;
    }

    /** AWS's error code ({@code __type}, {@code <Code>}); absent when the answer had none. */
    static @Nullable String errorCode(SdkServiceException e) {
        return e instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                ? aws.awsErrorDetails().errorCode() : null;
    }
}
