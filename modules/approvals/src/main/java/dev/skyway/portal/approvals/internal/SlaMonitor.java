package dev.skyway.portal.approvals.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.notify.Notifications;

/**
 * Runs the SLA checks every {@code portal.approvals.sla-check-interval} (also the delay of the first one after start),
 * once per interval across replicas, and sends reminders after the tick committed.
 */
@Component
class SlaMonitor implements PeriodicJob {

    private static final Logger LOG = LoggerFactory.getLogger(SlaMonitor.class);

    private final SlaChecks checks;
    private final Notifications notifications;
    private final Schedule schedule;

    SlaMonitor(SlaChecks checks, Notifications notifications, ApprovalsProperties properties) {
        this.checks = checks;
        this.notifications = notifications;
        this.schedule = new Schedule(properties.slaCheckInterval(), properties.slaCheckInterval());
    }

    @Override
    public String name() {
        return "approvals-sla";
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
        SlaChecks.Outcome outcome = checks.run();
        outcome.reminders().forEach(notifications::send);
        if (outcome.reminded() + outcome.escalated() > 0) {
            LOG.info("Approval SLA: {} reminded, {} escalated", outcome.reminded(), outcome.escalated());
        }
    }
}
