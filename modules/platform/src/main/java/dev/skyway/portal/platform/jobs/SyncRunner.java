package dev.skyway.portal.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.platform.jobs.SyncJob.SyncFailure;
import dev.skyway.portal.platform.jobs.SyncJob.SyncOutcome;
import dev.skyway.portal.platform.jobs.internal.SyncStatuses;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Runs {@link SyncJob}s: takes the job's ShedLock lock ({@code <name>-sync}, so one run at a time across threads and
 * replicas), records "started", fetches, stores and records the success in one transaction, or records the failure
 * (message and AWS request id; the last success is kept), and logs. Also starts runs in the background (one at a time
 * per sync and process) so the UI never waits for AWS.
 *
 * <p>Each run is observed as {@code portal.sync} with the keys {@code sync}, {@code source} and {@code outcome}
 * ({@code success}/{@code failure}): a timer in the metrics (durations and failures per source) and a span when
 * tracing is on.
 */
@Service
public class SyncRunner {

    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);

    private final SyncStatuses statuses;
    private final LockProvider locks;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ObservationRegistry observations;
    private final Map<String, BackgroundTask> background = new ConcurrentHashMap<>();

    SyncRunner(SyncStatuses statuses, LockProvider locks, TransactionTemplate transactions, Clock clock,
               ObjectProvider<ObservationRegistry> observations) {
        this.statuses = statuses;
        this.locks = locks;
        this.transactions = transactions;
        this.clock = clock;
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    /** The lock a run of the sync {@code name} holds. */
    public static String lockName(String name) {
        return name + "-sync";
    }

    /**
     * Runs {@code job} on the calling thread (AWS calls included: never call this from a UI thread). When another run
     * holds the lock, returns at once with the current status (state RUNNING).
     *
     * @return the status after the run. Failures are recorded, not thrown.
     */
    public SyncStatus run(SyncJob<?> job) {
        return runIfFree(job).orElseGet(() -> status(job.name()));
    }

    /**
     * As {@link #run}, but says whether it ran: empty when another run held the lock, so a caller that needs data
     * newer than its own change (the other run may have read before it) can try again later.
     */
    public Optional<SyncStatus> runIfFree(SyncJob<?> job) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), lockName(job.name()),
                LOCK_AT_MOST, Duration.ZERO));
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        Observation observation = Observation.createNotStarted("portal.sync", observations)
                .contextualName("sync " + job.name())
                .lowCardinalityKeyValue("sync", job.name())
                .lowCardinalityKeyValue("source", job.source())
                .start();
        try (Observation.Scope scope = observation.openScope()) {
            observation.lowCardinalityKeyValue("outcome", runLocked(job) ? "success" : "failure");
        } finally {
            observation.stop();
            lock.get().unlock();
        }
        return Optional.of(status(job.name()));
    }

    /**
     * The scheduled run of {@code job} (from a {@link PeriodicJob}): also left out when a run of the sync, manual ones
     * included, started within nine tenths of the schedule's interval, so a "sync now" postpones the next scheduled
     * run.
     *
     * @return empty when left out or when another run held the lock
     */
    public Optional<SyncStatus> runScheduled(SyncJob<?> job, Schedule schedule) {
        SyncStatus last = status(job.name());
        if (!schedule.due(last.startedAt(), clock.instant())) {
            LOG.debug("Sync {} left out: it started at {}, within its interval {}", job.name(), last.startedAt(),
                    schedule.interval());
            return Optional.empty();
        }
        return runIfFree(job);
    }

    /** @return whether the run succeeded */
    private <T> boolean runLocked(SyncJob<T> job) {
        String name = job.name();
        String source = job.source();
        transactions.executeWithoutResult(tx -> statuses.started(name, source, clock.instant()));
        try {
            T fetched = job.fetch();
            SyncOutcome outcome = transactions.execute(tx -> {
                SyncOutcome stored = job.store(fetched);
                statuses.succeeded(name, clock.instant(), stored.items(), stored.message());
                return stored;
            });
            LOG.info("Sync {} from {}: {}", name, source, outcome.message());
            return true;
        } catch (RuntimeException e) {
            SyncFailure failure = job.explain(e);
            if (failure == null) {
                LOG.error("Sync {} from {} failed unexpectedly", name, source, e);
                failure = new SyncFailure("The sync failed unexpectedly (" + e.getClass().getSimpleName()
                        + "); see the portal log at " + clock.instant(), null);
            } else {
                LOG.warn("Sync {} from {} failed (AWS request id {}): {}", name, source, failure.awsRequestId(),
                        failure.message());
            }
            SyncFailure failed = failure;
            transactions.executeWithoutResult(tx -> statuses.failed(name, clock.instant(), failed.message(),
                    failed.awsRequestId()));
            return false;
        }
    }

    /** The status of the sync {@code name}; {@link SyncState#NEVER} when it never ran. */
    public SyncStatus status(String name) {
        return transactions.execute(tx -> statuses.get(name));
    }

    /**
     * Starts a run of {@code job} in the background.
     *
     * @param whenDone called on the background thread after the run (also after a failed one)
     * @return false when a run of this sync started here is still going (nothing new is started)
     */
    public boolean start(SyncJob<?> job, @Nullable Runnable whenDone) {
        return background.computeIfAbsent(job.name(), name -> new BackgroundTask(lockName(name), () -> run(job)))
                .start(whenDone);
    }

    /** Whether this process runs a sync {@code name} started by {@link #start}. */
    public boolean running(String name) {
        BackgroundTask task = background.get(name);
        return task != null && task.running();
    }

    @PreDestroy
    void stop() {
        background.values().forEach(BackgroundTask::close);
    }
}
