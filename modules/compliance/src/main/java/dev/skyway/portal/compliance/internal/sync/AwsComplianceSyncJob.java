package dev.skyway.portal.compliance.internal.sync;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;

/**
 * Pulls Security Hub and Config in AWS mode ({@code portal.compliance.aws.sync-interval}, default one hour, the first
 * {@code portal.compliance.aws.sync-initial-delay} after start; off with
 * {@code portal.compliance.aws.scheduled-sync=false}); each sync's status is kept by the platform's runner. Once per
 * interval across replicas; a manual sync within it also leaves that sync's scheduled run out.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.aws.scheduled-sync", matchIfMissing = true)
class AwsComplianceSyncJob implements PeriodicJob {

    private final SyncRunner runner;
    private final AwsComplianceSyncs syncs;
    private final Schedule schedule;

    AwsComplianceSyncJob(SyncRunner runner, AwsComplianceSyncs syncs, ComplianceAwsProperties properties) {
        this.runner = runner;
        this.syncs = syncs;
        this.schedule = new Schedule(properties.syncInterval(), properties.syncInitialDelay());
    }

    @Override
    public String name() {
        return "compliance-aws-sync";
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
        syncs.jobs().forEach(job -> runner.runScheduled(job, schedule));
    }
}
