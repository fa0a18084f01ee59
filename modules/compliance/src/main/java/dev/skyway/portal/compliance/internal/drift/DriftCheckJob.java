package dev.skyway.portal.compliance.internal.drift;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.SyncRunner;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Checks every stack the portal provisioned for drift, in both modes ({@code portal.compliance.drift.interval},
 * default 24 hours; off with {@code portal.compliance.drift.scheduled=false}). One replica runs each tick.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.drift.scheduled", matchIfMissing = true)
class DriftCheckJob {

    private final SyncRunner runner;
    private final DriftSync sync;

    DriftCheckJob(SyncRunner runner, DriftSync sync) {
        this.runner = runner;
        this.sync = sync;
    }

    @Scheduled(initialDelayString = "${portal.compliance.drift.initial-delay:PT10M}",
            fixedDelayString = "${portal.compliance.drift.interval:PT24H}")
    @SchedulerLock(name = "compliance-drift-schedule", lockAtMostFor = "PT2H")
    void checkAll() {
        runner.run(sync);
    }
}
