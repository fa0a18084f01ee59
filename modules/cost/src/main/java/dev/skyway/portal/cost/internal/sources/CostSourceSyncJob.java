package dev.skyway.portal.cost.internal.sources;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;

/**
 * Pulls cost data on a schedule in AWS mode ({@code portal.cost.sync-interval}, default 6 hours, the first
 * {@code portal.cost.sync-initial-delay} after start; off with {@code portal.cost.scheduled-sync=false}). Once per
 * interval across replicas; a manual sync within it also leaves the scheduled one out.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.cost.scheduled-sync", matchIfMissing = true)
class CostSourceSyncJob implements PeriodicJob {

    private final SyncRunner runner;
    private final CostSourceSync sync;
    private final AwsClientFactory aws;
    private final Schedule schedule;

    CostSourceSyncJob(SyncRunner runner, CostSourceSync sync, AwsClientFactory aws, CostProperties properties) {
        this.runner = runner;
        this.sync = sync;
        this.aws = aws;
        this.schedule = new Schedule(properties.syncInterval(), properties.syncInitialDelay());
    }

    @Override
    public String name() {
        return "cost-scheduled-sync";
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
        if (aws.mode() == AwsMode.AWS) {
            runner.runScheduled(sync, schedule);
        }
    }
}
