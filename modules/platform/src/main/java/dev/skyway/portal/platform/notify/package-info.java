/**
 * Outbound notifications: {@link dev.skyway.portal.platform.notify.Notifications} sends a
 * {@link dev.skyway.portal.platform.notify.Notification} by email (SMTP) and to a Slack-compatible incoming webhook.
 * Both channels are off by default ({@code portal.notifications.*}); a failing channel never fails the caller.
 */
@org.springframework.modulith.NamedInterface("notify")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.notify;
