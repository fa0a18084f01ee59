package dev.skyway.portal.platform.jobs;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a {@link PeriodicJob} runs: every {@code interval} after the previous run ended, the first time
 * {@code initialDelay} after start, and at most once per interval across replicas.
 *
 * @param interval     pause between the end of one run and the next tick; positive
 * @param initialDelay first tick after start; not negative
 */
public record Schedule(Duration interval, Duration initialDelay) {

    public Schedule {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("A periodic job's interval must be positive, not " + interval);
        }
        if (initialDelay.isNegative()) {
            throw new IllegalArgumentException("A periodic job's initial delay must not be negative, not "
                    + initialDelay);
        }
    }

    /**
     * The latest start that still leaves a tick at {@code now} out: nine tenths of the interval ago. Each replica's
     * ticks drift by the length of its runs (the delay counts from a run's end), so a tick a little early is not a
     * second run within the interval.
     */
    public Instant leftOutIfStartedAfter(Instant now) {
        return now.minus(interval.multipliedBy(9).dividedBy(10));
    }

    /** Whether a tick at {@code now} runs, when the last run (on any replica) started at {@code lastStart}. */
    public boolean due(@Nullable Instant lastStart, Instant now) {
        return lastStart == null || !lastStart.isAfter(leftOutIfStartedAfter(now));
    }
}
