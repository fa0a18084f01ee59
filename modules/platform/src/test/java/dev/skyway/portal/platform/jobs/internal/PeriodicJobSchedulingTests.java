package dev.skyway.portal.platform.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

class PeriodicJobSchedulingTests {

    @Test
    void everyPeriodicJobBeanIsScheduledWithItsIntervalAndInitialDelayThroughTheRunner() {
        PeriodicJob hourly = job("hourly", new Schedule(Duration.ofHours(1), Duration.ofMinutes(2)));
        PeriodicJob daily = job("daily", new Schedule(Duration.ofDays(1), Duration.ofMinutes(10)));
        PeriodicJobRunner runner = mock(PeriodicJobRunner.class);
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        new PeriodicJobScheduling(new StaticListableBeanFactory(Map.of("hourly", hourly, "daily", daily))
                .getBeanProvider(PeriodicJob.class), runner).configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).extracting(IntervalTask::getIntervalDuration,
                        IntervalTask::getInitialDelayDuration)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Duration.ofHours(1), Duration.ofMinutes(2)),
                        org.assertj.core.groups.Tuple.tuple(Duration.ofDays(1), Duration.ofMinutes(10)));
        registrar.getFixedDelayTaskList().forEach(task -> task.getRunnable().run());
        verify(runner).tick(hourly);
        verify(runner).tick(daily);
    }

    private static PeriodicJob job(String name, Schedule schedule) {
        return new PeriodicJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Schedule schedule() {
                return schedule;
            }

            @Override
            public void run() {
            }
        };
    }
}
