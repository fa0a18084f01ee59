package dev.skyway.portal.incidents;

import org.jspecify.annotations.Nullable;

/**
 * @param channel EMAIL (default) or WEBHOOK
 * @param target  an email address, or for WEBHOOK a name for the chat channel (default {@code chat})
 */
public record SubscriberDraft(@Nullable String channel, @Nullable String target) {
}
