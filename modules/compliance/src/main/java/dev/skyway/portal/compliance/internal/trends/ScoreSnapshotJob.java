package dev.skyway.portal.compliance.internal.trends;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Records today's scores every {@code portal.compliance.snapshot-interval} (default 1 hour; the day's last run is
 * the day's snapshot), off with {@code portal.compliance.scheduled-snapshot=false}. One replica runs each tick.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.scheduled-snapshot", matchIfMissing = true)
class ScoreSnapshotJob {

    private final ScoreSnapshots snapshots;

    ScoreSnapshotJob(ScoreSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(initialDelayString = "${portal.compliance.snapshot-initial-delay:PT5M}",
            fixedDelayString = "${portal.compliance.snapshot-interval:PT1H}")
    @SchedulerLock(name = "compliance-score-snapshot", lockAtMostFor = "PT30M")
    void snapshot() {
        snapshots.takeToday();
    }
}
