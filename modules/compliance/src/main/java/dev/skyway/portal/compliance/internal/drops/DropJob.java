package dev.skyway.portal.compliance.internal.drops;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.SyncRunner;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reads the drop location every {@code portal.compliance.drops.interval} (default 15 minutes; off with
 * {@code portal.compliance.drops.scheduled=false}); one replica runs each tick, its status kept by the platform's
 * runner.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.drops.scheduled", matchIfMissing = true)
class DropJob {

    private final SyncRunner runner;
    private final FindingDrops drops;

    // the scheduled interval, also the least time between two runs across replicas
    private final Duration interval;

    DropJob(SyncRunner runner, FindingDrops drops,
            @Value("${portal.compliance.drops.interval:PT15M}") Duration interval) {
        this.interval = interval;
        this.runner = runner;
        this.drops = drops;
    }

    @Scheduled(initialDelayString = "${portal.compliance.drops.initial-delay:PT1M}",
            fixedDelayString = "${portal.compliance.drops.interval:PT15M}")
    @SchedulerLock(name = "compliance-drops", lockAtMostFor = "PT2H")
    void read() {
        runner.runScheduled(drops, interval);
    }
}
