package dev.skyway.portal.platform.audit.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Anchors the audit chain every {@code portal.audit.anchor.interval} (off with
 * {@code portal.audit.anchor.enabled=false}); one replica anchors at a time.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.audit.anchor.enabled", matchIfMissing = true)
class AuditAnchorJob {

    private final AuditAnchoring anchoring;

    AuditAnchorJob(AuditAnchoring anchoring) {
        this.anchoring = anchoring;
    }

    // the defaults repeat AuditProperties' (placeholders are the way to feed @Scheduled)
    @Scheduled(initialDelayString = "${portal.audit.anchor.interval:PT1H}",
            fixedDelayString = "${portal.audit.anchor.interval:PT1H}")
    @SchedulerLock(name = "audit-anchor", lockAtMostFor = "PT10M")
    void anchor() {
        anchoring.anchorNow();
    }
}
