package dev.skyway.portal.compliance.internal.drops;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;

/**
 * Reads the drop location every {@code portal.compliance.drops.interval} (default 15 minutes, the first
 * {@code portal.compliance.drops.initial-delay} after start; off with {@code portal.compliance.drops.scheduled=false}),
 * once per interval across replicas, its status kept by the platform's runner.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.drops.scheduled", matchIfMissing = true)
class DropJob implements PeriodicJob {

    private final SyncRunner runner;
    private final FindingDrops drops;
    private final Schedule schedule;

    DropJob(SyncRunner runner, FindingDrops drops, DropProperties properties) {
        this.runner = runner;
        this.drops = drops;
        this.schedule = new Schedule(properties.interval(), properties.initialDelay());
    }

    @Override
    public String name() {
        return "compliance-drops";
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
        runner.runScheduled(drops, schedule);
    }
}
