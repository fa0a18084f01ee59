package dev.skyway.portal.compliance.internal.waivers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.platform.notify.Notification;
import dev.skyway.portal.platform.notify.Notifications;

/**
 * Expiry is loud: a notice some days before a waiver ends, and another when it has ended and its findings count
 * again. The portal knows usernames, not email addresses, so they go to the chat webhook (as approval requests do).
 */
@Component
public class WaiverNotices {

    private final Notifications notifications;

    WaiverNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void expiring(Waiver w, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, w.expiresOn());
        notifications.send(Notification.of(List.of(), w.title() + " expires on " + w.expiresOn()
                + (days <= 0 ? " (today)" : " (in " + days + (days == 1 ? " day)" : " days)")),
                body(w) + "\nAfter that day its findings count in the score again. Fix them, or ask for a new"
                        + " waiver in time."));
    }

    void expired(Waiver w) {
        notifications.send(Notification.of(List.of(), w.title() + " expired: its findings count again",
                body(w) + "\nThe waiver ended after " + w.expiresOn() + "."));
    }

    private static String body(Waiver w) {
        return "Waiver " + w.id() + " requested by " + w.requesterName() + "\nAccount: " + w.accountId()
                + "\nControl: " + w.controlId() + "\nResource: "
                + (w.resourceId() == null ? "every resource of the account" : w.resourceId())
                + "\nReason: " + w.reason();
    }
}
