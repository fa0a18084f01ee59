package dev.skyway.portal.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PeriodicJobTests {

    static final Schedule HOURLY = new Schedule(Duration.ofHours(1), Duration.ofMinutes(2));

    @Test
    void aDeclaredJobCarriesItsNameScheduleAndLockAndRunsItsBody() {
        AtomicInteger runs = new AtomicInteger();
        PeriodicJob job = PeriodicJob.of("cost-budget-check", HOURLY, Duration.ofHours(2), runs::incrementAndGet);

        job.run();
        job.run();

        assertThat(runs).hasValue(2);
        assertThat(job.name()).isEqualTo("cost-budget-check");
        assertThat(job.schedule()).isEqualTo(HOURLY);
        assertThat(job.lockAtMostFor()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void withoutALockLifetimeTheLockOutlivesADeadReplicaByThirtyMinutes() {
        assertThat(PeriodicJob.of("audit-anchor", HOURLY, () -> { }).lockAtMostFor())
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aFailureOfTheBodyReachesTheCaller() {
        PeriodicJob job = PeriodicJob.of("failing", HOURLY, () -> {
            throw new IllegalStateException("AWS said no");
        });

        assertThatThrownBy(job::run).isInstanceOf(IllegalStateException.class).hasMessage("AWS said no");
    }

    @Test
    void theNameIsNotBlankAndFitsTheLockTable() {
        assertThat(PeriodicJob.of("j".repeat(64), HOURLY, () -> { }).name()).hasSize(64);
        assertThatThrownBy(() -> PeriodicJob.of(" ", HOURLY, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> PeriodicJob.of("j".repeat(65), HOURLY, () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 64 characters").hasMessageContaining("not 65");
    }

    @Test
    void theLockMustLastAWhile() {
        assertThatThrownBy(() -> PeriodicJob.of("zero-lock", HOURLY, Duration.ZERO, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero-lock");
    }
}
