package dev.skyway.portal.platform.notify.internal;

import dev.skyway.portal.platform.notify.ChannelOutcome;
import dev.skyway.portal.platform.notify.Notification;

/** The outbound port: one way of telling people. A bean exists only for an enabled channel. */
public interface NotificationChannel {

    /** Short, stable name used in outcomes and logs, e.g. {@code email}. */
    String name();

    /**
     * Delivers the notification, or says why it did not need to (skipped).
     *
     * @throws ChannelFailure when delivery failed; its message is safe to log and must not contain secrets
     */
    ChannelOutcome deliver(Notification notification);
}
