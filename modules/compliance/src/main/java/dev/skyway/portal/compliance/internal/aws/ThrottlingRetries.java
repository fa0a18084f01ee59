package dev.skyway.portal.compliance.internal.aws;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import dev.skyway.portal.platform.aws.AwsPages;

/**
 * Patience after the SDK's own retries: a call that AWS still throttles ({@link AwsErrorKind#THROTTLED}, e.g.
 * {@code TooManyRequestsException}, {@code ThrottlingException}, {@code Throttling}, HTTP 429) is tried again after
 * an exponential backoff with jitter. Throttling means AWS did nothing, so every call may be repeated, writes
 * included. A sync of thousands of pages then survives a busy minute: only the throttled page is asked again.
 */
public final class ThrottlingRetries {

    public static final int DEFAULT_ATTEMPTS = 5;
    public static final Duration DEFAULT_FIRST_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(20);

    private final Sleeper sleeper;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    /** {@value #DEFAULT_ATTEMPTS} attempts, backoff from 1 s doubling up to 20 s. */
    public ThrottlingRetries(Sleeper sleeper) {
        this(sleeper, DEFAULT_ATTEMPTS, DEFAULT_FIRST_BACKOFF, DEFAULT_MAX_BACKOFF);
    }

    public ThrottlingRetries(Sleeper sleeper, int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
        if (maxAttempts < 1 || !firstBackoff.isPositive() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("Retries need at least 1 attempt and 0 < first backoff <= max backoff");
        }
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Runs the request through {@code call}, again after a pause while AWS throttles it.
     *
     * @throws AwsCallException when AWS refuses, fails, or throttles every attempt
     */
    public <T> T run(AwsCall call, Supplier<T> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run(request);
            } catch (AwsCallException e) {
                if (e.failure().kind() != AwsErrorKind.THROTTLED || attempt >= maxAttempts) {
                    throw e;
                }
                sleeper.pause(backoff(attempt), call.service() + " to stop throttling");
            }
        }
    }

    /**
     * Every page of a listing ({@code NextToken} style), each page one {@link #run}: a throttled page is asked
     * again, the pages before it are kept.
     *
     * @param page one page for a token (absent for the first page)
     * @param next the next page's token; absent or empty on the last page
     */
    public <R> List<R> pages(AwsCall call, Function<@Nullable String, R> page, Function<R, @Nullable String> next) {
        return AwsPages.all(token -> run(call, () -> page.apply(token)), next);
    }

    /** "Equal jitter": half of the step fixed, half random, so that throttled callers spread out. */
    Duration backoff(int attempt) {
        long step = Math.min(maxBackoff.toMillis(), firstBackoff.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1));
    }
}
