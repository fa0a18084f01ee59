package dev.skyway.portal.platform.aws;

import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * A request plugin for calls that must not be repeated blindly (e.g. Organizations' {@code CreateAccount}, which has
 * no idempotency token): {@code .overrideConfiguration(o -> o.addPlugin(ThrottlingOnlyRetries.INSTANCE))} replaces
 * the client's retry strategy, for that one request, by one that retries only throttling ({@link
 * AwsErrorKind#THROTTLED}: AWS refused the request, nothing was done) with the client's number of attempts. An
 * internal error or a network failure is not retried, since AWS may have acted; the caller then looks for the
 * outcome instead.
 */
public final class ThrottlingOnlyRetries implements SdkPlugin {

    public static final ThrottlingOnlyRetries INSTANCE = new ThrottlingOnlyRetries();

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
        return AwsErrorKind.of(t) == AwsErrorKind.THROTTLED;
    }
}
