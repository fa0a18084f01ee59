package dev.skyway.portal.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.PlatformTestApplication;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * What the sync kit guarantees, on H2 and on PostgreSQL by the subclasses: a run records its start, stores in the
 * transaction that records the success, keeps the last success when a later run fails (with the message and AWS
 * request id), answers with the current status without running while another run holds the lock, and runs at most
 * once at a time in the background.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class SyncRunnerContract {

    static final Instant T1 = Instant.parse("2026-05-01T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-05-01T11:00:00Z");

    @Autowired
    SyncRunner runner;

    @Autowired
    LockProvider locks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    /** A fresh sync name per test: the status rows stay in the context's database. */
    String name;

    @BeforeEach
    void freshName() {
        name = "test-" + UUID.randomUUID().toString().substring(0, 8);
        clock.set(T1);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSyncThatNeverRanHasNoStatusYet() {
        assertThat(runner.status(name)).isEqualTo(SyncStatus.never());
        assertThat(runner.running(name)).isFalse();
    }

    @Test
    void aSuccessfulRunStoresInATransactionAndRecordsCountMessageAndTimes() {
        AtomicBoolean storedInTransaction = new AtomicBoolean();
        FakeJob job = new FakeJob(name, () -> "snapshot", fetched -> {
            storedInTransaction.set(TransactionSynchronizationManager.isActualTransactionActive());
            clock.set(T1.plusSeconds(5));
            return new SyncJob.SyncOutcome(3, "3 things from " + fetched);
        });

        SyncStatus status = runner.run(job);

        assertThat(storedInTransaction).isTrue();
        assertThat(status).isEqualTo(new SyncStatus(SyncState.SUCCEEDED, "fake", T1, T1.plusSeconds(5),
                T1.plusSeconds(5), "3 things from snapshot", null, 3));
        assertThat(runner.status(name)).isEqualTo(status);
        assertThat(jdbc.queryForObject("select count(*) from platform.sync_status where name = ?", Integer.class,
                name)).isEqualTo(1);
    }

    @Test
    void aFailedRunKeepsTheLastSuccessAndRecordsMessageAndAwsRequestId() {
        runner.run(new FakeJob(name, () -> "ok", fetched -> new SyncJob.SyncOutcome(7, "7 things")));
        clock.set(T2);

        SyncStatus status = runner.run(new FakeJob(name, () -> {
            throw new KnownFailure("AWS said no", "req-123");
        }, fetched -> new SyncJob.SyncOutcome(0, "never stored")));

        assertThat(status.state()).isEqualTo(SyncState.FAILED);
        assertThat(status.message()).isEqualTo("AWS said no");
        assertThat(status.awsRequestId()).isEqualTo("req-123");
        assertThat(status.startedAt()).isEqualTo(T2);
        assertThat(status.finishedAt()).isEqualTo(T2);
        assertThat(status.lastSucceededAt()).as("the last success is kept").isEqualTo(T1);
        assertThat(status.items()).as("what the last success stored").isEqualTo(7);
    }

    @Test
    void aFailingStoreRecordsNoSuccess() {
        SyncStatus status = runner.run(new FakeJob(name, () -> "bad", fetched -> {
            throw new KnownFailure("Parameter Cidr has no Type", null);
        }));

        assertThat(status.state()).isEqualTo(SyncState.FAILED);
        assertThat(status.message()).isEqualTo("Parameter Cidr has no Type");
        assertThat(status.awsRequestId()).isNull();
        assertThat(status.lastSucceededAt()).isNull();
        assertThat(status.items()).isNull();
    }

    @Test
    void anUnexpectedFailureIsReportedInThePortalsWordsWithoutAStackTrace() {
        SyncStatus status = runner.run(new FakeJob(name, () -> {
            throw new IllegalStateException("secret internals");
        }, fetched -> new SyncJob.SyncOutcome(0, "never stored")));

        assertThat(status.state()).isEqualTo(SyncState.FAILED);
        assertThat(status.message()).isEqualTo("The sync failed unexpectedly (IllegalStateException); see the portal "
                + "log at " + T1).doesNotContain("secret internals");
        assertThat(status.awsRequestId()).isNull();
    }

    @Test
    void aLongMessageIsCutToWhatTheTableHolds() {
        SyncStatus status = runner.run(new FakeJob(name, () -> {
            throw new KnownFailure("x".repeat(5000), null);
        }, fetched -> new SyncJob.SyncOutcome(0, "never stored")));

        assertThat(status.message()).hasSize(4000);
    }

    @Test
    void whileAnotherRunHoldsTheLockARunReturnsTheCurrentStatusWithoutRunning() {
        runner.run(new FakeJob(name, () -> "ok", fetched -> new SyncJob.SyncOutcome(2, "2 things")));
        SyncStatus before = runner.status(name);
        AtomicInteger fetches = new AtomicInteger();
        Optional<SimpleLock> held = locks.lock(new LockConfiguration(clock.instant(), SyncRunner.lockName(name),
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(held).isPresent();
        try {
            clock.set(T2);
            SyncStatus status = runner.run(new FakeJob(name, () -> {
                fetches.incrementAndGet();
                return "ignored";
            }, fetched -> new SyncJob.SyncOutcome(0, "never stored")));

            assertThat(fetches).hasValue(0);
            assertThat(status).isEqualTo(before);
            assertThat(runner.runIfFree(new FakeJob(name, () -> {
                fetches.incrementAndGet();
                return "ignored";
            }, fetched -> new SyncJob.SyncOutcome(0, "never stored")))).as("says it did not run").isEmpty();
            assertThat(fetches).hasValue(0);
        } finally {
            held.get().unlock();
        }
        assertThat(runner.runIfFree(new FakeJob(name, () -> "ok", fetched -> new SyncJob.SyncOutcome(3, "3 things"))))
                .get().extracting(SyncStatus::items).isEqualTo(3);
    }

    /** Two replicas each tick once per interval; whichever ticks second within the interval leaves the run out. */
    @Test
    void aScheduledRunIsLeftOutWhenAnyRunStartedWithinNineTenthsOfTheInterval() {
        java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();
        FakeJob job = new FakeJob(name, () -> "run " + fetches.incrementAndGet(),
                fetched -> new SyncJob.SyncOutcome(1, fetched));
        Schedule hourly = new Schedule(Duration.ofHours(1), Duration.ZERO);

        assertThat(runner.runScheduled(job, hourly)).as("never ran: runs").isPresent();
        clock.set(T1.plusSeconds(30 * 60));
        assertThat(runner.runScheduled(job, hourly)).as("the other replica's tick, 30 min later").isEmpty();
        clock.set(T1.plusSeconds(53 * 60));
        assertThat(runner.runScheduled(job, hourly)).as("53 min later: still within 54 min").isEmpty();
        assertThat(fetches).hasValue(1);

        clock.set(T1.plusSeconds(55 * 60));
        assertThat(runner.runScheduled(job, hourly)).as("55 min later: due").isPresent();
        assertThat(fetches).hasValue(2);
        assertThat(runner.status(name).message()).isEqualTo("run 2");
    }

    @Test
    void aBackgroundRunStartsOnceAtATimeAndTellsWhenItIsDone() throws InterruptedException {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        FakeJob job = new FakeJob(name, () -> {
            fetching.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "ok";
        }, fetched -> new SyncJob.SyncOutcome(1, "1 thing"));

        assertThat(runner.start(job, done::countDown)).isTrue();
        assertThat(runner.running(name)).isTrue();
        assertThat(runner.start(job, null)).as("one run at a time").isFalse();
        assertThat(fetching.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.status(name).state()).as("recorded before fetching").isEqualTo(SyncState.RUNNING);

        release.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runner.running(name)).isFalse();
        assertThat(runner.status(name).state()).isEqualTo(SyncState.SUCCEEDED);
    }

    /** A failure the fake job knows, like a module's source exception. */
    static final class KnownFailure extends RuntimeException {

        final String awsRequestId;

        KnownFailure(String message, String awsRequestId) {
            super(message);
            this.awsRequestId = awsRequestId;
        }
    }

    record FakeJob(String name, Supplier<String> fetcher, Function<String, SyncJob.SyncOutcome> storer)
            implements SyncJob<String> {

        @Override
        public String source() {
            return "fake";
        }

        @Override
        public String fetch() {
            return fetcher.get();
        }

        @Override
        public SyncOutcome store(String fetched) {
            return storer.apply(fetched);
        }

        @Override
        public SyncFailure explain(RuntimeException e) {
            return e instanceof KnownFailure k ? new SyncFailure(k.getMessage(), k.awsRequestId) : null;
        }
    }
}
