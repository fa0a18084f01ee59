package dev.skyway.portal.approvals.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.notify.Notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Runs the SLA checks on a schedule, on one replica at a time, and sends reminders after the tick committed. */
@Component
class SlaMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(SlaMonitor.class);

    private final SlaChecks checks;
    private final Notifications notifications;

    SlaMonitor(SlaChecks checks, Notifications notifications) {
        this.checks = checks;
        this.notifications = notifications;
    }

    @Scheduled(fixedDelayString = "${portal.approvals.sla-check-interval:PT5M}",
            initialDelayString = "${portal.approvals.sla-check-interval:PT5M}")
    @SchedulerLock(name = "approvals-sla", lockAtMostFor = "PT10M")
    void tick() {
        SlaChecks.Outcome outcome = checks.run();
        outcome.reminders().forEach(notifications::send);
        if (outcome.reminded() + outcome.escalated() > 0) {
            LOG.info("Approval SLA: {} reminded, {} escalated", outcome.reminded(), outcome.escalated());
        }
    }
}
