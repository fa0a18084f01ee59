package dev.skyway.portal.provisioning.internal.requests;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where provisioning stands beyond the status: the current attempt and its call to the provisioner.
 *
 * @param number               1 for the first provisioning, +1 per retry
 * @param token                the idempotency token of the attempt's call (ProvisionToken, or the UpdateToken /
 *                             TerminateToken of a day-2 request): stored before any call, so a call made again after a
 *                             crash starts nothing new
 * @param recordId             the provisioning record the call started; absent until the provisioner accepted it
 * @param throttled            consecutive throttled (or unanswered) calls; 0 when the provisioner last answered
 * @param nextAttemptAt        when the poller tries again after throttling; absent when it need not wait
 * @param provisionedProductId Service Catalog's id of a CREATE request's provisioned product; absent until known
 */
public record Attempt(int number, String token, @Nullable String recordId, int throttled,
                      @Nullable Instant nextAttemptAt, @Nullable String provisionedProductId) {

    static Attempt first(String token) {
        return new Attempt(1, token, null, 0, null, null);
    }

    /** A retry: a new token, nothing started yet. */
    Attempt next(String newToken) {
        return new Attempt(number + 1, newToken, null, 0, null, null);
    }

    /** The provisioner accepted the call: it answered, and the attempt follows {@code record}. */
    Attempt following(String record) {
        return new Attempt(number, token, record, 0, null, provisionedProductId);
    }

    /** One more throttled call; the poller waits until {@code until}. */
    Attempt backedOff(Instant until) {
        return new Attempt(number, token, recordId, throttled + 1, until, provisionedProductId);
    }

    /** The provisioner answered again: no backoff. */
    Attempt answered() {
        return new Attempt(number, token, recordId, 0, null, provisionedProductId);
    }

    Attempt identified(String productId) {
        return new Attempt(number, token, recordId, throttled, nextAttemptAt, productId);
    }

    /** Whether the attempt waits out a backoff (its status reason says why). */
    public boolean throttledNow() {
        return throttled > 0;
    }
}
