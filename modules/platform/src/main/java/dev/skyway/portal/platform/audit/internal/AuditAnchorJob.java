package dev.skyway.portal.platform.audit.internal;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/**
 * Anchors the audit chain every {@code portal.audit.anchor.interval} (also the delay of the first one after start;
 * off with {@code portal.audit.anchor.enabled=false}), once per interval across replicas.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.audit.anchor.enabled", matchIfMissing = true)
class AuditAnchorJob implements PeriodicJob {

    private final AuditAnchoring anchoring;
    private final Schedule schedule;

    AuditAnchorJob(AuditAnchoring anchoring, AuditProperties properties) {
        this.anchoring = anchoring;
        this.schedule = new Schedule(properties.anchor().interval(), properties.anchor().interval());
    }

    @Override
    public String name() {
        return "audit-anchor";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public Duration lockAtMostFor() {
        return Duration.ofMinutes(10);
    }

    @Override
    public void run() {
        anchoring.anchorNow();
    }
}
