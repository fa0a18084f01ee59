package dev.skyway.portal.accounts.internal.aws;

import java.util.function.Supplier;

import dev.skyway.portal.accounts.internal.vending.VendingException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Vending calls to AWS (Organizations, Service Catalog, CloudFormation, Budgets) and their failures in the portal's
 * words, with AWS's error code and request id kept. Each adapter translates the errors it knows first; what is left
 * is judged here: throttling (after the client's own retries), HTTP 429 and 5xx, and network failures are
 * {@linkplain VendingException#retryable() retryable}, anything else is a refusal.
 */
final class VendingErrors {

    /** An adapter's own translation; returns null for exceptions it leaves to the generic rules. */
    @FunctionalInterface
    interface Translator {
        VendingException translate(AwsServiceException e);
    }

    private VendingErrors() {
    }

    /**
     * Runs one API call.
     *
     * @param service for messages, e.g. "AWS Organizations"
     * @param what    what was being done, as an infinitive phrase: "create account payments-prod"
     */
    static <T> T call(String service, String what, Translator specific, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            VendingException translated = specific.translate(e);
            throw translated != null ? translated : generic(service, what, e);
        } catch (SdkClientException e) {
            throw new VendingException("Could not reach " + service + " to " + what + " (" + e.getMessage()
                    + "); it will be tried again", null, null, true, e);
        }
    }

    static VendingException generic(String service, String what, AwsServiceException e) {
        String code = code(e);
        if (e.isThrottlingException() || e.statusCode() == 429) {
            return new VendingException(service + " kept throttling the portal when asked to " + what
                    + " (all retries used); it will be tried again later", code, e.requestId(), true, e);
        }
        if (e.statusCode() >= 500) {
            return new VendingException(service + " had an internal error when asked to " + what + " ("
                    + label(e) + "); it will be tried again later: " + message(e), code, e.requestId(), true, e);
        }
        if ("AccessDeniedException".equals(code) || "AccessDenied".equals(code)) {
            return new VendingException("The portal's AWS role may not " + what + " in " + service + ": "
                    + message(e), code, e.requestId(), false, e);
        }
        return refused(service, what, e);
    }

    static VendingException refused(String service, String what, AwsServiceException e) {
        return new VendingException(service + " refused to " + what + " (" + label(e) + "): " + message(e),
                code(e), e.requestId(), false, e);
    }

    /** A known failure with the portal's own words; AWS's message is appended. */
    static VendingException words(String words, AwsServiceException e, boolean retryable) {
        return new VendingException(words + " (AWS says: " + message(e) + ")", code(e), e.requestId(), retryable, e);
    }

    static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    private static String label(AwsServiceException e) {
        String code = code(e);
        return code == null ? "HTTP " + e.statusCode() : code;
    }

    static String message(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? e.getMessage() : e.awsErrorDetails().errorMessage();
    }
}
