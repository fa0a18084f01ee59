package dev.skyway.portal.compliance.internal.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A client-side rate limiter: {@code burst} requests at once, then {@code perSecond} on average. A caller that finds
 * the bucket empty reserves the next token and waits for it outside the lock, so concurrent callers queue up in
 * order instead of all waking at once.
 */
public final class TokenBucket {

    private final double perSecond;
    private final int burst;
    private final Clock clock;
    private final Sleeper sleeper;
    private double tokens;
    private Instant refilled;

    public TokenBucket(double perSecond, int burst, Clock clock, Sleeper sleeper) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("A token bucket needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.tokens = burst;
        this.refilled = clock.instant();
    }

    /** Takes one token, waiting until there is one. */
    public void take() {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            double elapsed = Duration.between(refilled, now).toNanos() / 1e9;
            if (elapsed > 0) {
                tokens = Math.min(burst, tokens + elapsed * perSecond);
                refilled = now;
            }
            tokens -= 1;
            wait = tokens >= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(-tokens / perSecond * 1e9));
        }
        if (!wait.isZero()) {
            sleeper.pause(wait, "the rate limit's next token");
        }
    }
}
