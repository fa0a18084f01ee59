/**
 * The notification channels (email over SMTP, Slack-compatible webhook) and their configuration
 * ({@code portal.notifications.*}).
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.notify.internal;
