package dev.skyway.portal.cost.internal.sources;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.SyncRunner;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Pulls cost data on a schedule in AWS mode ({@code portal.cost.sync-interval}, default 6 hours; off with
 * {@code portal.cost.scheduled-sync=false}). One replica runs each tick.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.cost.scheduled-sync", matchIfMissing = true)
class CostSourceSyncJob {

    private final SyncRunner runner;
    private final CostSourceSync sync;
    private final AwsClientFactory aws;

    // the scheduled interval, also the least time between two runs across replicas
    private final Duration interval;

    CostSourceSyncJob(SyncRunner runner, CostSourceSync sync, AwsClientFactory aws,
            @Value("${portal.cost.sync-interval:PT6H}") Duration interval) {
        this.interval = interval;
        this.runner = runner;
        this.sync = sync;
        this.aws = aws;
    }

    @Scheduled(initialDelayString = "${portal.cost.sync-initial-delay:PT1M}",
            fixedDelayString = "${portal.cost.sync-interval:PT6H}")
    @SchedulerLock(name = "cost-scheduled-sync", lockAtMostFor = "PT2H")
    void sync() {
        if (aws.mode() == AwsMode.AWS) {
            runner.runScheduled(sync, interval);
        }
    }
}
