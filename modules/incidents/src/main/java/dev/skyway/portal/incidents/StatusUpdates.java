package dev.skyway.portal.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.incidents.internal.lifecycle.TimelineStore;
import dev.skyway.portal.incidents.internal.work.StatusUpdateStore;
import dev.skyway.portal.incidents.internal.work.SubscriberStore;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.notify.Notification;
import dev.skyway.portal.platform.notify.NotificationReport;
import dev.skyway.portal.platform.notify.Notifications;

/**
 * Status updates and who hears of them, for everyone signed in. An update is stored and put on the timeline first,
 * then, when the incident has subscribers, sent through the platform's notifications (email to the EMAIL
 * subscribers, and the platform's Slack-compatible webhook when it has one) outside the transaction; how many
 * channels failed is recorded with it.
 */
@Service
public class StatusUpdates {

    static final int MAX_MESSAGE = 8000;
    static final int MAX_TARGET = 1024;

    private final Incidents incidents;
    private final StatusUpdateStore updates;
    private final SubscriberStore subscribers;
    private final TimelineStore timeline;
    private final Notifications notifications;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StatusUpdates(Incidents incidents, StatusUpdateStore updates, SubscriberStore subscribers, TimelineStore timeline,
                  Notifications notifications, CurrentUser currentUser, PlatformTransactionManager transactions,
                  Clock clock) {
        this.incidents = incidents;
        this.updates = updates;
        this.subscribers = subscribers;
        this.timeline = timeline;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Newest first. @throws NoSuchElementException when there is no such incident */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<StatusUpdate> of(UUID incidentId) {
        incident(incidentId);
        return updates.of(incidentId);
    }

    /**
     * Posts an update to the subscribers. Sending waits for the mail server and webhook (with their timeouts).
     *
     * @throws NoSuchElementException       when there is no such incident
     * @throws IncidentsValidationException when the message is empty or too long
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    public StatusUpdate post(UUID incidentId, @Nullable String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE) {
            throw new IncidentsValidationException(Map.of("message", "must have 1 to " + MAX_MESSAGE
                    + " characters"));
        }
        PortalUser user = currentUser.get();
        Participant author = Participant.of(user);
        record Posted(Incident incident, StatusUpdate update, List<Subscriber> to) {
        }
        Posted posted = transaction.execute(tx -> {
            Incident incident = incident(incidentId);
            List<Subscriber> to = subscribers.of(incidentId);
            Instant now = clock.instant();
            StatusUpdate update = new StatusUpdate(UUID.randomUUID(), incidentId, incident.status(), text,
                    author.name(), now, to.size(), 0);
            updates.insert(update, user.key());
            timeline.append(incidentId, now, "STATUS_UPDATE", author, "Status update to " + to.size()
                    + (to.size() == 1 ? " subscriber" : " subscribers"), text,
                    new TimelineStore.Ref("status-update", update.id().toString(), null));
            return new Posted(incident, update, to);
        });
        if (posted.to().isEmpty()) {
            return posted.update();
        }
        NotificationReport report = notifications.send(notification(posted.incident(), text, author,
                posted.to()));
        int failures = (int) report.outcomes().stream()
                .filter(o -> o.status() == dev.skyway.portal.platform.notify.ChannelOutcome.Status.FAILED).count();
        if (failures > 0) {
            transaction.executeWithoutResult(tx -> updates.sent(posted.update().id(), failures));
        }
        StatusUpdate u = posted.update();
        return new StatusUpdate(u.id(), u.incidentId(), u.incidentStatus(), u.message(), u.postedBy(), u.postedAt(),
                u.recipients(), failures);
    }

    static Notification notification(Incident incident, String text, Participant author, List<Subscriber> to) {
        List<String> emails = to.stream().filter(s -> s.channel() == Subscriber.Channel.EMAIL)
                .map(Subscriber::target).toList();
        return Notification.of(emails, "[" + incident.reference() + " " + incident.severity() + " "
                + incident.status() + "] " + incident.title(), text + "\n\n— " + author.name());
    }

    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Subscriber> subscribers(UUID incidentId) {
        incident(incidentId);
        return subscribers.of(incidentId);
    }

    /**
     * @throws NoSuchElementException       when there is no such incident
     * @throws IncidentsValidationException when the channel or target is not valid
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional
    public Subscriber subscribe(UUID incidentId, SubscriberDraft draft) {
        incident(incidentId);
        Subscriber.Channel channel = channel(draft.channel());
        return subscribers.add(incidentId, channel, target(channel, draft.target()), currentUser.get().key(),
                clock.instant());
    }

    /** @return whether there was such a subscriber */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional
    public boolean unsubscribe(UUID incidentId, SubscriberDraft draft) {
        incident(incidentId);
        Subscriber.Channel channel = channel(draft.channel());
        return subscribers.remove(incidentId, channel, target(channel, draft.target()));
    }

    private static Subscriber.Channel channel(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Subscriber.Channel.EMAIL;
        }
        try {
            return Subscriber.Channel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IncidentsValidationException(Map.of("channel", "must be EMAIL or WEBHOOK"));
        }
    }

    private static String target(Subscriber.Channel channel, @Nullable String text) {
        String target = text == null ? "" : text.strip();
        if (channel == Subscriber.Channel.WEBHOOK) {
            target = target.isEmpty() ? "chat" : target;
        } else if (!target.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IncidentsValidationException(Map.of("target", "must be an email address"));
        }
        if (target.length() > MAX_TARGET) {
            throw new IncidentsValidationException(Map.of("target", "must have at most " + MAX_TARGET
                    + " characters"));
        }
        return target;
    }

    private Incident incident(UUID incidentId) {
        return incidents.find(incidentId).orElseThrow(() -> new NoSuchElementException("No incident " + incidentId));
    }
}
