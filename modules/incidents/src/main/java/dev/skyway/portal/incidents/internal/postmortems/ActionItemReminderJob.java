package dev.skyway.portal.incidents.internal.postmortems;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.incidents.internal.IncidentsProperties;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/**
 * Looks for overdue action items every {@code portal.incidents.action-item-reminders.interval} (default 1 hour; each
 * item is reminded at most once a day; the first 10 minutes after start); off with
 * {@code portal.incidents.action-item-reminders.scheduled=false}. Once per interval across replicas.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.incidents.action-item-reminders.scheduled", matchIfMissing = true)
class ActionItemReminderJob implements PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(ActionItemReminderJob.class);

    private final ActionItemReminders reminders;
    private final Schedule schedule;

    ActionItemReminderJob(ActionItemReminders reminders, IncidentsProperties properties) {
        this.reminders = reminders;
        this.schedule = new Schedule(properties.actionItemReminders().interval(), Duration.ofMinutes(10));
    }

    @Override
    public String name() {
        return "incidents-action-item-reminders";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        int sent = reminders.run();
        if (sent > 0) {
            log.info("Reminded the owners of {} overdue action item(s)", sent);
        }
    }
}
