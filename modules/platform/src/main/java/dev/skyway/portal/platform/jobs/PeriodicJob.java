package dev.skyway.portal.platform.jobs;

import java.time.Duration;

/**
 * A job that runs on a {@link Schedule}, declared as a bean: the platform schedules every one on each replica, takes
 * its ShedLock lock (named {@link #name()}) around each run, and records each start in {@code platform.periodic_job},
 * so that with several replicas on one database the job runs once per interval, not once per replica. A tick that
 * finds the lock taken, or a start within nine tenths of the interval, leaves the run out.
 *
 * <p>A module reads the schedule from its own properties once and turns the job off by not declaring the bean (e.g.
 * {@code @ConditionalOnBooleanProperty} on the {@code @Bean} method). Declare one with {@link #of}; work-queue pollers
 * that must look on every tick keep {@code @Scheduled}.
 */
public interface PeriodicJob {

    /** The longest name: the key column of {@code platform.shedlock} and {@code platform.periodic_job}. */
    int MAX_NAME_LENGTH = 64;

    /** The lock's lifetime when a job names none. */
    Duration DEFAULT_LOCK_AT_MOST_FOR = Duration.ofMinutes(30);

    /**
     * A job that calls {@code run} on {@code schedule}, its lock held at most {@code lockAtMostFor}.
     *
     * @throws IllegalArgumentException if {@code name} is blank or longer than {@value #MAX_NAME_LENGTH} characters,
     *                                  or {@code lockAtMostFor} is not positive
     */
    static PeriodicJob of(String name, Schedule schedule, Duration lockAtMostFor, Runnable run) {
        return new RunnableJob(name, schedule, lockAtMostFor, run);
    }

    /** A job that calls {@code run} on {@code schedule}, its lock held at most 30 minutes. */
    static PeriodicJob of(String name, Schedule schedule, Runnable run) {
        return of(name, schedule, DEFAULT_LOCK_AT_MOST_FOR, run);
    }

    /** The key of the job's lock and of its last start, e.g. {@code cost-budget-check}; at most 64 characters. */
    String name();

    Schedule schedule();

    /** How long the lock outlives a replica that died while running the job; default 30 minutes. */
    default Duration lockAtMostFor() {
        return DEFAULT_LOCK_AT_MOST_FOR;
    }

    /** One run, on the scheduler's thread. An exception is logged with the job's name; the schedule goes on. */
    void run();
}
