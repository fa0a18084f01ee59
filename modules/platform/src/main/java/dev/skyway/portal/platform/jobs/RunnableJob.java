package dev.skyway.portal.platform.jobs;

import java.time.Duration;

/**
 * The {@link PeriodicJob} that {@link PeriodicJob#of} declares: a name, a schedule and a lock lifetime around one
 * {@link Runnable}. The name is checked here, at start, rather than by the lock table on the first tick.
 */
record RunnableJob(String name, Schedule schedule, Duration lockAtMostFor, Runnable body) implements PeriodicJob {

    RunnableJob {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A periodic job needs a name (the key of its lock and last start)");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A periodic job's name is at most " + MAX_NAME_LENGTH
                    + " characters (the key of its lock and last start), not " + name.length() + ": " + name);
        }
        if (lockAtMostFor.isNegative() || lockAtMostFor.isZero()) {
            throw new IllegalArgumentException("Periodic job " + name + ": lockAtMostFor must be positive, not "
                    + lockAtMostFor);
        }
    }

    @Override
    public void run() {
        body.run();
    }
}
