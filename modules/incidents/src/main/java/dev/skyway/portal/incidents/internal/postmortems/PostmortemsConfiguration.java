package dev.skyway.portal.incidents.internal.postmortems;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.incidents.internal.IncidentsProperties;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/** The action item reminders' schedule (here, not in the module's configuration, which depends on no sub-package). */
@Configuration(proxyBeanMethods = false)
class PostmortemsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PostmortemsConfiguration.class);

    /**
     * Looks for overdue action items every {@code portal.incidents.action-item-reminders.interval} (default 1 hour;
     * each item is reminded at most once a day; the first 10 minutes after start); off with
     * {@code portal.incidents.action-item-reminders.scheduled=false}. Once per interval across replicas.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.incidents.action-item-reminders.scheduled", matchIfMissing = true)
    PeriodicJob actionItemReminderJob(ActionItemReminders reminders, IncidentsProperties properties) {
        return PeriodicJob.of("incidents-action-item-reminders",
                new Schedule(properties.actionItemReminders().interval(), Duration.ofMinutes(10)), () -> {
                    int sent = reminders.run();
                    if (sent > 0) {
                        LOG.info("Reminded the owners of {} overdue action item(s)", sent);
                    }
                });
    }
}
