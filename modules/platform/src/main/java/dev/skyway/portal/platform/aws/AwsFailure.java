package dev.skyway.portal.platform.aws;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * A failed {@link AwsCall}: its {@link AwsErrorKind}, what AWS said (code, request id for support, message) and the
 * portal's words for users ({@link #message()}).
 *
 * @param errorCode  AWS's error code; absent without one (no answer, or a bare HTTP status)
 * @param requestId  AWS's request id, for AWS support; absent when AWS did not answer
 * @param statusCode the HTTP status; 0 when AWS did not answer
 * @param detail     AWS's own message, or the client's when there was no answer
 * @param exception  what the SDK threw
 */
public record AwsFailure(AwsErrorKind kind, AwsCall call, @Nullable String errorCode, @Nullable String requestId,
                         int statusCode, String detail, SdkException exception) {

    public static AwsFailure of(AwsCall call, SdkException e) {
        if (e instanceof SdkServiceException service) {
            return new AwsFailure(AwsErrorKind.of(e), call, AwsErrorKind.errorCode(service), service.requestId(),
                    service.statusCode(), detail(service), e);
        }
        return new AwsFailure(AwsErrorKind.of(e), call, null, null, 0, String.valueOf(e.getMessage()), e);
    }

    /** Throttled, an internal error or no answer: the same call may succeed later. */
    public boolean retryable() {
        return kind.isTransient();
    }

    /** AWS's error code, or {@code HTTP 404} when the answer had none. */
    public String label() {
        return errorCode != null ? errorCode : "HTTP " + statusCode;
    }

    /**
     * The portal's words: the service, what was asked, what AWS said and, after throttling or no answer, what happens
     * next ({@link AwsCall#retryNote()}).
     */
    public String message() {
        String service = call.service();
        String action = call.action();
        return switch (kind) {
            case THROTTLED -> service + " kept throttling the portal when asked to " + action
                    + " (all retries used); " + call.retryNote();
            // AWS may have acted: whether to try again is the caller's choice, so the words promise nothing
            case SERVER_ERROR -> service + " had an internal error when asked to " + action + " (" + label() + "): "
                    + detail;
            case UNREACHABLE -> "Could not reach " + service + " to " + action + " (" + detail + "); "
                    + call.retryNote();
            case ACCESS_DENIED -> "The portal's AWS role may not " + action + " in " + service
                    + (call.permissions() == null ? "" : " (it needs " + call.permissions() + ")") + ": " + detail;
            case NOT_FOUND -> service + " does not know what the portal named when asked to " + action
                    + " (deleted, or not visible to the portal's role): " + detail;
            case INVALID_INPUT -> service + " refused the request to " + action + " as invalid (" + label() + "): "
                    + detail;
            case OTHER -> service + " refused to " + action + " (" + label() + "): " + detail;
        };
    }

    /**
     * {@link #message()} with AWS's request id appended, for exceptions and log lines that have no place of their own
     * for it: {@code ... (AWS request id 4d5e6f)}. Just the message when AWS did not answer.
     */
    public String messageWithRequestId() {
        return requestId == null ? message() : message() + " (AWS request id " + requestId + ")";
    }

    private static String detail(SdkServiceException e) {
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                && aws.awsErrorDetails().errorMessage() != null) {
            return aws.awsErrorDetails().errorMessage();
        }
        return String.valueOf(e.getMessage());
    }
}
