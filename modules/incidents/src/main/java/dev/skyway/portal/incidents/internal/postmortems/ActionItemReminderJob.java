package dev.skyway.portal.incidents.internal.postmortems;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Looks for overdue action items every {@code portal.incidents.action-item-reminders.interval} (default 1 hour; each
 * item is reminded at most once a day); off with {@code portal.incidents.action-item-reminders.scheduled=false}.
 * One replica at a time.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.incidents.action-item-reminders.scheduled", matchIfMissing = true)
class ActionItemReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ActionItemReminderJob.class);

    private final ActionItemReminders reminders;

    ActionItemReminderJob(ActionItemReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "PT10M",
            fixedDelayString = "${portal.incidents.action-item-reminders.interval:PT1H}")
    @SchedulerLock(name = "incidents-action-item-reminders", lockAtMostFor = "PT30M")
    void run() {
        int sent = reminders.run();
        if (sent > 0) {
            log.info("Reminded the owners of {} overdue action item(s)", sent);
        }
    }
}
