package dev.skyway.portal.platform.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.PlatformTestApplication;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Two replicas on one database, each with its own runner and schedule, run a periodic job once per interval: what
 * replica A ran, replica B leaves out within nine tenths of the interval and runs after it; run on H2 and on
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class PeriodicJobContract {

    static final Instant T1 = Instant.parse("2026-05-01T10:00:00Z");
    static final Schedule HOURLY = new Schedule(Duration.ofHours(1), Duration.ofMinutes(5));

    @Autowired
    JobStarts starts;

    @Autowired
    LockProvider locks;

    @Autowired
    MutableClock clock;

    PeriodicJobRunner replicaA;
    PeriodicJobRunner replicaB;

    /** A fresh job per test: the start rows stay in the context's database. */
    CountingJob job;

    @BeforeEach
    void twoReplicas() {
        clock.set(T1);
        replicaA = new PeriodicJobRunner(starts, locks, clock);
        replicaB = new PeriodicJobRunner(starts, locks, clock);
        job = new CountingJob("test-" + UUID.randomUUID().toString().substring(0, 8), clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void whatReplicaARanReplicaBLeavesOutWithinTheIntervalAndRunsAfterIt() {
        assertThat(replicaA.tick(job)).as("never ran: replica A runs it").isTrue();
        assertThat(starts.lastStart(job.name())).isEqualTo(T1);

        clock.set(T1.plus(Duration.ofMinutes(1)));
        assertThat(replicaB.tick(job)).as("replica B's tick a minute later").isFalse();
        clock.set(T1.plus(Duration.ofMinutes(53)));
        assertThat(replicaB.tick(job)).as("53 min later: still within 54 min").isFalse();
        assertThat(replicaA.tick(job)).as("nor does replica A run it twice").isFalse();
        assertThat(job.runs).containsExactly(T1);

        clock.set(T1.plus(Duration.ofMinutes(55)));
        assertThat(replicaB.tick(job)).as("55 min later: due, replica B runs it").isTrue();
        clock.set(T1.plus(Duration.ofMinutes(56)));
        assertThat(replicaA.tick(job)).as("and replica A leaves that one out").isFalse();
        assertThat(job.runs).containsExactly(T1, T1.plus(Duration.ofMinutes(55)));
        assertThat(starts.lastStart(job.name())).isEqualTo(T1.plus(Duration.ofMinutes(55)));
    }

    @Test
    void aTickWhileAnotherRunHoldsTheLockLeavesTheRunOutAndClaimsNothing() {
        Optional<SimpleLock> held = locks.lock(new LockConfiguration(Instant.now(), job.name(),
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(held).isPresent();
        try {
            assertThat(replicaB.tick(job)).isFalse();
        } finally {
            held.get().unlock();
        }
        assertThat(job.runs).isEmpty();
        assertThat(starts.lastStart(job.name())).as("the next tick may run it").isNull();
        assertThat(replicaA.tick(job)).isTrue();
    }

    @Test
    void aFailingRunCountsAsAStartAndTheScheduleGoesOn() {
        CountingJob failing = new CountingJob(job.name(), clock) {
            @Override
            public void run() {
                super.run();
                throw new IllegalStateException("the job's own failure");
            }
        };

        assertThat(replicaA.tick(failing)).as("ran, and the failure is logged, not thrown").isTrue();
        assertThat(replicaB.tick(failing)).as("a failure does not invite the other replica to retry at once")
                .isFalse();
        clock.set(T1.plus(Duration.ofHours(1)));
        assertThat(replicaB.tick(failing)).isTrue();
        assertThat(failing.runs).hasSize(2);
    }

    static class CountingJob implements PeriodicJob {

        final List<Instant> runs = new ArrayList<>();
        private final String name;
        private final Clock clock;

        CountingJob(String name, Clock clock) {
            this.name = name;
            this.clock = clock;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Schedule schedule() {
            return HOURLY;
        }

        @Override
        public void run() {
            runs.add(clock.instant());
        }
    }
}
