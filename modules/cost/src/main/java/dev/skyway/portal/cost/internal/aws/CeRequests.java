package dev.skyway.portal.cost.internal.aws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import dev.skyway.portal.platform.aws.AwsFailure;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.costexplorer.model.DataUnavailableException;
import software.amazon.awssdk.services.costexplorer.model.LimitExceededException;
import software.amazon.awssdk.services.costexplorer.model.RequestChangedException;

/**
 * The one way the portal calls Cost Explorer, where every HTTP request is paid: each attempt is checked against the
 * month's budget first ({@link CeRequestLedger#ensureBudget}), recorded in the ledger with its outcome after, and
 * retried here (not by the SDK, whose hidden retries the ledger could not count) when Cost Explorer throttles
 * ({@code LimitExceededException}), fails internally or does not answer: exponential backoff with jitter, at most
 * {@value #MAX_ATTEMPTS} attempts. Paginated operations go through {@link #pages}, which restarts from the first page
 * when Cost Explorer says the data changed under the pagination ({@code RequestChangedException}).
 *
 * <p>Failures are thrown as {@link AwsCallException} in the portal's words; its {@code failure().exception()} is the
 * SDK's, so callers can tell {@link DataUnavailableException} apart ({@link #dataUnavailable}).
 */
public class CeRequests {

    public static final String SERVICE = "AWS Cost Explorer";
    public static final int MAX_ATTEMPTS = 5;
    /** Restarts of a pagination after {@code RequestChangedException} before giving up. */
    public static final int MAX_RESTARTS = 3;
    /** Pages of one listing at most: USD 1.00, far more than the portal's queries need. */
    public static final int MAX_PAGES = 100;

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

    /**
     * Added to every request ({@code .overrideConfiguration(CeRequests.ONE_ATTEMPT)}): the SDK sends it once, so
     * each HTTP request is one ledger row.
     */
    public static final Consumer<AwsRequestOverrideConfiguration.Builder> ONE_ATTEMPT = o -> o.addPlugin(
            config -> config.overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())));

    /** Waits between attempts; tests pass one that only records the pauses. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final CeRequestLedger ledger;
    private final Sleeper sleeper;

    public CeRequests(CeRequestLedger ledger) {
        this(ledger, pause -> Thread.sleep(pause));
    }

    public CeRequests(CeRequestLedger ledger, Sleeper sleeper) {
        this.ledger = ledger;
        this.sleeper = sleeper;
    }

    public CeRequestLedger ledger() {
        return ledger;
    }

    /**
     * Sends one request (built with {@link #ONE_ATTEMPT}), retrying throttling and transient failures.
     *
     * @param operation the Cost Explorer operation, for the ledger: {@code GetCostForecast}
     * @param call      what is asked, in words (its action is the ledger's purpose)
     * @throws CeBudgetExhaustedException before any attempt the budget does not allow
     * @throws AwsCallException           when Cost Explorer refuses, or throttles every attempt
     */
    public <T> T send(String operation, AwsCall call, Supplier<T> request) {
        for (int attempt = 1; ; attempt++) {
            ledger.ensureBudget(1);
            try {
                T response = request.get();
                ledger.record(operation, call.action(), CeRequestLedger.OK);
                return response;
            } catch (SdkException e) {
                AwsFailure failure = failure(call, e);
                ledger.record(operation, call.action(), outcome(failure));
                // every request the portal makes to Cost Explorer reads, or sets feedback: safe to repeat
                if (!failure.retryable() || attempt == MAX_ATTEMPTS) {
                    throw new AwsCallException(failure);
                }
                pause(attempt);
            }
        }
    }

    /**
     * Every page of a listing, in order, each page one {@link #send}; restarted from the first page (at most
     * {@value #MAX_RESTARTS} times) when Cost Explorer answers {@code RequestChangedException}.
     *
     * @param page one page for a token (absent for the first page)
     * @param next the next page's token; absent or empty on the last page
     */
    public <R> List<R> pages(String operation, AwsCall call, Function<@Nullable String, R> page,
                             Function<R, @Nullable String> next) {
        for (int restart = 0; ; restart++) {
            try {
                return allPages(operation, call, page, next);
            } catch (AwsCallException e) {
                if (!(e.failure().exception() instanceof RequestChangedException) || restart == MAX_RESTARTS) {
                    throw e;
                }
            }
        }
    }

    /** Whether Cost Explorer said it has no data for the request yet ({@code DataUnavailableException}). */
    public static boolean dataUnavailable(AwsCallException e) {
        return e.failure().exception() instanceof DataUnavailableException;
    }

    private <R> List<R> allPages(String operation, AwsCall call, Function<@Nullable String, R> page,
                                 Function<R, @Nullable String> next) {
        List<R> pages = new ArrayList<>();
        String token = null;
        do {
            if (pages.size() == MAX_PAGES) {
                throw new IllegalStateException(SERVICE + " returned more than " + MAX_PAGES + " pages when asked to "
                        + call.action() + "; stopped to protect the request budget");
            }
            String current = token;
            R response = send(operation, call, () -> page.apply(current));
            pages.add(response);
            token = next.apply(response);
        } while (token != null && !token.isEmpty());
        return pages;
    }

    /** {@code LimitExceededException} is Cost Explorer's throttling, though the SDK does not know it as such. */
    private static AwsFailure failure(AwsCall call, SdkException e) {
        AwsFailure failure = AwsFailure.of(call, e);
        if (e instanceof LimitExceededException) {
            return new AwsFailure(AwsErrorKind.THROTTLED, call, failure.errorCode(), failure.requestId(),
                    failure.statusCode(), failure.detail(), e);
        }
        return failure;
    }

    private static String outcome(AwsFailure failure) {
        if (failure.exception() instanceof DataUnavailableException) {
            return CeRequestLedger.DATA_UNAVAILABLE;
        }
        if (failure.exception() instanceof RequestChangedException) {
            return CeRequestLedger.REQUEST_CHANGED;
        }
        return failure.kind() == AwsErrorKind.THROTTLED ? CeRequestLedger.THROTTLED : CeRequestLedger.FAILED;
    }

    /** Exponential backoff with "equal jitter": half the step fixed, half random, so retries spread out. */
    private void pause(int attempt) {
        long step = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << (attempt - 1));
        long millis = step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1);
        try {
            sleeper.sleep(Duration.ofMillis(millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry " + SERVICE, e);
        }
    }
}
