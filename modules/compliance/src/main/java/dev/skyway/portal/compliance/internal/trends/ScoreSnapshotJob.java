package dev.skyway.portal.compliance.internal.trends;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.compliance.internal.ComplianceProperties;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/**
 * Records today's scores every {@code portal.compliance.snapshot-interval} (default 1 hour; the day's last run is
 * the day's snapshot; the first {@code portal.compliance.snapshot-initial-delay} after start), off with
 * {@code portal.compliance.scheduled-snapshot=false}. Once per interval across replicas.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.scheduled-snapshot", matchIfMissing = true)
class ScoreSnapshotJob implements PeriodicJob {

    private final ScoreSnapshots snapshots;
    private final Schedule schedule;

    ScoreSnapshotJob(ScoreSnapshots snapshots, ComplianceProperties properties) {
        this.snapshots = snapshots;
        this.schedule = new Schedule(properties.snapshotInterval(), properties.snapshotInitialDelay());
    }

    @Override
    public String name() {
        return "compliance-score-snapshot";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        snapshots.takeToday();
    }
}
