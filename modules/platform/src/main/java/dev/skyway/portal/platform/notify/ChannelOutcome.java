package dev.skyway.portal.platform.notify;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What one channel did with a notification.
 *
 * @param channel the channel's name, e.g. {@code email} or {@code webhook}
 * @param detail  why it was skipped or failed, safe to show and log (never contains secrets); absent when sent
 */
public record ChannelOutcome(String channel, Status status, @Nullable String detail) {

    public enum Status { SENT, SKIPPED, FAILED }

    public ChannelOutcome {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
    }

    public static ChannelOutcome sent(String channel) {
        return new ChannelOutcome(channel, Status.SENT, null);
    }

    public static ChannelOutcome skipped(String channel, String why) {
        return new ChannelOutcome(channel, Status.SKIPPED, why);
    }

    public static ChannelOutcome failed(String channel, String why) {
        return new ChannelOutcome(channel, Status.FAILED, why);
    }
}
