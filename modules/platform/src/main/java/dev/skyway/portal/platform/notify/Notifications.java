package dev.skyway.portal.platform.notify;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import dev.skyway.portal.platform.notify.internal.ChannelFailure;
import dev.skyway.portal.platform.notify.internal.NotificationChannel;

/**
 * Sends notifications through every enabled channel. Sending is synchronous (SMTP and HTTP calls on the caller's
 * thread), so call it from an event listener or background job rather than from a UI request. A channel that
 * fails is logged and reported; it never throws out of {@link #send} and never stops the other channels.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final List<NotificationChannel> channels;

    Notifications(ObjectProvider<NotificationChannel> channels) {
        this.channels = channels.orderedStream().toList();
    }

    /** Sends through every enabled channel and says what each did. Never throws for a channel failure. */
    public NotificationReport send(Notification notification) {
        List<ChannelOutcome> outcomes = new ArrayList<>(channels.size());
        for (NotificationChannel channel : channels) {
            outcomes.add(sendVia(channel, notification));
        }
        return new NotificationReport(outcomes);
    }

    private static ChannelOutcome sendVia(NotificationChannel channel, Notification notification) {
        ChannelOutcome outcome;
        try {
            outcome = channel.deliver(notification);
        } catch (ChannelFailure e) {
            outcome = ChannelOutcome.failed(channel.name(), e.getMessage());
        } catch (RuntimeException e) {
            // the message of an unexpected exception may carry secrets (e.g. the webhook URL): keep only its type
            outcome = ChannelOutcome.failed(channel.name(), e.getClass().getSimpleName());
        }
        if (outcome.status() == ChannelOutcome.Status.FAILED) {
            log.warn("Notification '{}' not sent by {}: {}", oneLine(notification.subject()), channel.name(),
                    oneLine(outcome.detail()));
        } else {
            log.debug("Notification '{}' {} by {}", oneLine(notification.subject()), outcome.status(),
                    channel.name());
        }
        return outcome;
    }

    /** User-supplied text must not forge log lines. */
    static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n]+", " ");
    }
}
