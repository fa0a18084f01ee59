package dev.skyway.portal.platform.jobs.internal;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import dev.skyway.portal.platform.jobs.PeriodicJob;

/** Schedules every {@link PeriodicJob} bean with its fixed delay and initial delay, each tick through the runner. */
@Configuration(proxyBeanMethods = false)
class PeriodicJobScheduling implements SchedulingConfigurer {

    private final ObjectProvider<PeriodicJob> jobs;
    private final PeriodicJobRunner runner;

    PeriodicJobScheduling(ObjectProvider<PeriodicJob> jobs, PeriodicJobRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        List<PeriodicJob> all = jobs.orderedStream().toList();
        for (PeriodicJob job : all) {
            registrar.addFixedDelayTask(new FixedDelayTask(() -> runner.tick(job), job.schedule().interval(),
                    job.schedule().initialDelay()));
        }
    }
}
