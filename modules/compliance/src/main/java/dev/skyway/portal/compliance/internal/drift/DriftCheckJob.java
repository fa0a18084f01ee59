package dev.skyway.portal.compliance.internal.drift;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;

/**
 * Checks every stack the portal provisioned for drift, in both modes ({@code portal.compliance.drift.interval},
 * default 24 hours, the first {@code portal.compliance.drift.initial-delay} after start; off with
 * {@code portal.compliance.drift.scheduled=false}). Once per interval across replicas.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.drift.scheduled", matchIfMissing = true)
class DriftCheckJob implements PeriodicJob {

    private final SyncRunner runner;
    private final DriftSync sync;
    private final Schedule schedule;

    DriftCheckJob(SyncRunner runner, DriftSync sync, DriftProperties properties) {
        this.runner = runner;
        this.sync = sync;
        this.schedule = new Schedule(properties.interval(), properties.initialDelay());
    }

    @Override
    public String name() {
        return "compliance-drift-schedule";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public Duration lockAtMostFor() {
        return Duration.ofHours(2);
    }

    @Override
    public void run() {
        runner.run(sync);
    }
}
