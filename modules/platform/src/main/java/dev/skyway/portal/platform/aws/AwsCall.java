package dev.skyway.portal.platform.aws;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * One thing the portal asks of an AWS service, in words, so that its failure can be told in the portal's words:
 * {@code AwsCall.to("AWS Organizations", "read the account list").run(() -> client.listAccounts...)}. Every adapter
 * runs its SDK calls through here; none classifies AWS exceptions itself.
 *
 * @param service     the service as users know it, e.g. {@code AWS Organizations}
 * @param action      what was asked, as an infinitive phrase: {@code create account payments-prod}
 * @param retryNote   what happens after throttling or no answer, e.g. {@code the next sync will try again}
 * @param permissions what the portal's role needs, told when access is denied
 */
public record AwsCall(String service, String action, String retryNote, @Nullable String permissions) {

    /** The retry note unless a caller says otherwise: the work stays queued and is tried again. */
    public static final String TRIED_AGAIN_LATER = "it will be tried again later";

    public AwsCall {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(retryNote, "retryNote");
    }

    public static AwsCall to(String service, String action) {
        return new AwsCall(service, action, TRIED_AGAIN_LATER, null);
    }

    /** @param note what happens after throttling or no answer: {@code try again in a moment} */
    public AwsCall withRetryNote(String note) {
        return new AwsCall(service, action, note, permissions);
    }

    /** @param needed e.g. {@code organizations:List* and ListTagsForResource} */
    public AwsCall withPermissions(String needed) {
        return new AwsCall(service, action, retryNote, needed);
    }

    /**
     * Runs the SDK call (or a whole paginated listing); a failure is classified and handed to {@code translate},
     * whose exception is thrown: a module's own exception type, or a more specific one for errors it knows.
     *
     * @param translate never returns null
     */
    public <T> T run(Supplier<T> call, Function<AwsFailure, ? extends RuntimeException> translate) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw Objects.requireNonNull(translate.apply(AwsFailure.of(this, e)), "translated exception");
        }
    }

    /**
     * Runs the SDK call, failing with the portal's words.
     *
     * @throws AwsCallException when the call fails
     */
    public <T> T run(Supplier<T> call) {
        return run(call, AwsCallException::new);
    }
}
