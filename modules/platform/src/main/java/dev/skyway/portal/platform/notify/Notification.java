package dev.skyway.portal.platform.notify;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A message for people. Email goes to the recipients; the webhook posts to its one configured chat channel.
 *
 * @param recipients email addresses; a missing list is empty; when empty, email is skipped
 * @param subject    one line
 * @param body       plain text; may be empty
 * @param link       absolute URL to the thing the message is about (e.g. a request in the portal)
 */
public record Notification(List<String> recipients, String subject, String body, @Nullable String link) {

    public Notification {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    public static Notification of(List<String> recipients, String subject, String body) {
        return new Notification(recipients, subject, body, null);
    }

    public Notification withLink(String url) {
        return new Notification(recipients, subject, body, url);
    }
}
