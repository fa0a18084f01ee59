package dev.skyway.portal.incidents.internal.postmortems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentStore;
import dev.skyway.portal.platform.notify.Notification;
import dev.skyway.portal.platform.notify.Notifications;

/**
 * Reminds the owners of overdue action items (open, due before today), at most once per item in 24 hours: the
 * reminder is claimed in the database before it is sent, so replicas and reruns do not repeat it. It goes through
 * the platform's notifications: by email when the owner is an address, and to the team's chat webhook.
 */
@Component
public class ActionItemReminders {

    static final Duration EVERY = Duration.ofHours(24);

    private final ActionItemStore items;
    private final IncidentStore incidents;
    private final Notifications notifications;
    private final Clock clock;

    ActionItemReminders(ActionItemStore items, IncidentStore incidents, Notifications notifications, Clock clock) {
        this.items = items;
        this.incidents = incidents;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** @return how many reminders were sent */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant before = now.minus(EVERY);
        int sent = 0;
        for (ActionItem item : items.overdue(today, before)) {
            if (items.claimReminder(item.id(), before, now)) {
                notifications.send(reminder(item, incidents.find(item.incidentId()).orElse(null), today));
                sent++;
            }
        }
        return sent;
    }

    static Notification reminder(ActionItem item, @org.jspecify.annotations.Nullable Incident incident,
                                 LocalDate today) {
        String reference = incident == null ? "an incident" : incident.reference();
        long days = java.time.temporal.ChronoUnit.DAYS.between(item.dueDate(), today);
        String owner = item.owner();
        List<String> to = owner != null && owner.contains("@") ? List.of(owner) : List.of();
        return Notification.of(to, "Overdue action item of " + reference + ": " + item.title(),
                "The action item \"" + item.title() + "\" from the postmortem of " + reference
                        + (incident == null ? "" : " (" + incident.title() + ")") + " was due " + item.dueDate()
                        + " (" + days + (days == 1 ? " day" : " days") + " ago)"
                        + (owner == null ? " and has no owner." : "; owner: " + owner + ".")
                        + " Mark it done or move its due date on the postmortem page.");
    }
}
