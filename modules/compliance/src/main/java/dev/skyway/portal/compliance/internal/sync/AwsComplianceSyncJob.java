package dev.skyway.portal.compliance.internal.sync;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.SyncRunner;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Pulls Security Hub and Config in AWS mode ({@code portal.compliance.aws.sync-interval}, default one hour; off with
 * {@code portal.compliance.aws.scheduled-sync=false}); each sync's status is kept by the platform's runner. One
 * replica runs each tick.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.aws.scheduled-sync", matchIfMissing = true)
class AwsComplianceSyncJob {

    private final SyncRunner runner;
    private final AwsComplianceSyncs syncs;

    // the scheduled interval, also the least time between two runs across replicas
    private final Duration interval;

    AwsComplianceSyncJob(SyncRunner runner, AwsComplianceSyncs syncs,
            @Value("${portal.compliance.aws.sync-interval:PT1H}") Duration interval) {
        this.interval = interval;
        this.runner = runner;
        this.syncs = syncs;
    }

    @Scheduled(initialDelayString = "${portal.compliance.aws.sync-initial-delay:PT2M}",
            fixedDelayString = "${portal.compliance.aws.sync-interval:PT1H}")
    @SchedulerLock(name = "compliance-aws-sync", lockAtMostFor = "PT2H")
    void sync() {
        syncs.jobs().forEach(job -> runner.runScheduled(job, interval));
    }
}
