package dev.skyway.portal.accounts.internal.aws;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsFailure;

/**
 * Vending calls to AWS (Organizations, Service Catalog, CloudFormation, Budgets) and their failures as
 * {@link VendingException}s, with AWS's error code and request id kept. Each adapter words the errors of its service
 * it knows first; the platform's {@link AwsCall} classifies and words the rest, and its transient kinds (throttling
 * after the client's own retries, AWS's internal errors, no answer) are {@linkplain VendingException#retryable()
 * retryable}, anything else is a refusal.
 */
final class VendingErrors {

    /** Where a refused role finds what it needs. */
    static final String PERMISSIONS = "the IAM permissions for account vending in the README";

    /** An adapter's own words for errors of its service; none for failures it leaves to the platform. */
    @FunctionalInterface
    interface Translator {
        @Nullable VendingException translate(AwsFailure failure);
    }

    private VendingErrors() {
    }

    /**
     * Runs one API call (or a whole paginated listing).
     *
     * @param service for messages, e.g. "AWS Organizations"
     * @param what    what was being done, as an infinitive phrase: "create account payments-prod"
     */
    static <T> T call(String service, String what, Translator specific, Supplier<T> call) {
        return AwsCall.to(service, what).withPermissions(PERMISSIONS).run(call, failure -> {
            VendingException known = specific.translate(failure);
            return known != null ? known : generic(failure);
        });
    }

    /** The platform's words; retryable exactly when the failure is transient. */
    static VendingException generic(AwsFailure failure) {
        return new VendingException(failure.message(), failure.errorCode(), failure.requestId(), failure.retryable(),
                failure.exception());
    }

    /** A known failure in the adapter's own words; AWS's message is appended. */
    static VendingException words(String words, AwsFailure failure, boolean retryable) {
        return new VendingException(words + " (AWS says: " + failure.detail() + ")", failure.errorCode(),
                failure.requestId(), retryable, failure.exception());
    }
}
