package dev.skyway.portal.accounts.internal.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * A request plugin for calls that must not be repeated blindly ({@code CreateAccount} has no idempotency token):
 * the client's retry strategy is replaced, for that one request, by one that retries only throttling errors (AWS
 * refused the request, nothing was created) with the client's number of attempts. A 5xx or a network failure is
 * not retried, since AWS may have acted on the request; the caller then looks for the operation instead.
 */
final class ThrottlingOnlyRetries implements SdkPlugin {

    static final ThrottlingOnlyRetries INSTANCE = new ThrottlingOnlyRetries();

    private ThrottlingOnlyRetries() {
    }

    @Override
    public void configureClient(SdkServiceClientConfiguration.Builder config) {
        RetryStrategy current = config.overrideConfiguration() == null ? null
                : config.overrideConfiguration().retryStrategy().orElse(null);
        int attempts = current == null ? 3 : current.maxAttempts();
        RetryStrategy throttlingOnly = DefaultRetryStrategy.standardStrategyBuilder()
                .maxAttempts(attempts)
                .retryOnException(ThrottlingOnlyRetries::throttled)
                .treatAsThrottling(ThrottlingOnlyRetries::throttled)
                .build();
        config.overrideConfiguration(c -> c.retryStrategy(throttlingOnly));
    }

    private static boolean throttled(Throwable t) {
        return t instanceof AwsServiceException e && (e.isThrottlingException() || e.statusCode() == 429);
    }
}
