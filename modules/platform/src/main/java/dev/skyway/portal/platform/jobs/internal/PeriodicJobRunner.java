package dev.skyway.portal.platform.jobs.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * One tick of a {@link PeriodicJob} on this replica: take the job's lock, claim the run in the job's start record
 * (left out when it started within nine tenths of its interval, here or on another replica), run it.
 */
@Component
public class PeriodicJobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJobRunner.class);

    private final JobStarts starts;
    private final LockProvider locks;
    private final Clock clock;

    public PeriodicJobRunner(JobStarts starts, LockProvider locks, Clock clock) {
        this.starts = starts;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Runs {@code job} if it is due and no other run holds its lock. A failure of the job is logged, not thrown.
     *
     * @return whether the job ran
     */
    public boolean tick(PeriodicJob job) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), job.name(),
                job.lockAtMostFor(), Duration.ZERO));
        if (lock.isEmpty()) {
            LOG.debug("Periodic job {} left out: another run holds its lock", job.name());
            return false;
        }
        try {
            var now = clock.instant();
            if (!starts.claim(job.name(), now, job.schedule().leftOutIfStartedAfter(now))) {
                LOG.debug("Periodic job {} left out: it started within its interval {}", job.name(),
                        job.schedule().interval());
                return false;
            }
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.error("Periodic job {} failed", job.name(), e);
            }
            return true;
        } finally {
            lock.get().unlock();
        }
    }
}
