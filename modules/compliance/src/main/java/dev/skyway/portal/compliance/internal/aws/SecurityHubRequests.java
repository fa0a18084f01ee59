package dev.skyway.portal.compliance.internal.aws;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsPages;

/**
 * The one way the portal calls Security Hub: each request first takes a token from a client-side rate limiter
 * sized to Security Hub's documented quotas, per account and Region ({@code GetFindings} and {@code GetFindingsV2}:
 * 3 per second with bursts of 6; {@code BatchUpdateFindings} and the other read APIs: 10 per second with bursts of
 * 30), then runs with {@link ThrottlingRetries}. Share one instance among the Security Hub adapters of one account
 * and Region, so that they share the quota as AWS counts it.
 */
public final class SecurityHubRequests {

    public static final String SERVICE = "AWS Security Hub";

    private final TokenBucket findings;
    private final TokenBucket others;
    private final ThrottlingRetries retries;

    /** The real clock and waits. */
    public SecurityHubRequests() {
        this(Clock.systemUTC(), Sleeper.threadSleep());
    }

    public SecurityHubRequests(Clock clock, Sleeper sleeper) {
        this(new TokenBucket(3, 6, clock, sleeper), new TokenBucket(10, 30, clock, sleeper),
                new ThrottlingRetries(sleeper));
    }

    /** @param findings the limiter for GetFindings and GetFindingsV2; {@code others} for every other request */
    public SecurityHubRequests(TokenBucket findings, TokenBucket others, ThrottlingRetries retries) {
        this.findings = Objects.requireNonNull(findings, "findings");
        this.others = Objects.requireNonNull(others, "others");
        this.retries = Objects.requireNonNull(retries, "retries");
    }

    /** One page of {@code GetFindings} or {@code GetFindingsV2}. */
    <T> T findingsPage(AwsCall call, Supplier<T> request) {
        return retries.run(call, () -> {
            findings.take();
            return request.get();
        });
    }

    /** Any other Security Hub request. */
    <T> T send(AwsCall call, Supplier<T> request) {
        return retries.run(call, () -> {
            others.take();
            return request.get();
        });
    }

    /** Every page of a listing other than findings, each page one {@link #send}. */
    <R> List<R> pages(AwsCall call, Function<@Nullable String, R> page, Function<R, @Nullable String> next) {
        return AwsPages.all(token -> send(call, () -> page.apply(token)), next);
    }

    static AwsCall call(String action, String permission) {
        return AwsCall.to(SERVICE, action).withRetryNote("the next sync will try again")
                .withPermissions("securityhub:" + permission);
    }
}
