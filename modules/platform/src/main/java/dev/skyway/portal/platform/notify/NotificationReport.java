package dev.skyway.portal.platform.notify;

import java.util.List;
import java.util.Optional;

/**
 * The outcome per enabled channel. Disabled channels do not appear; with every channel disabled the list is empty.
 *
 * @param outcomes in channel order
 */
public record NotificationReport(List<ChannelOutcome> outcomes) {

    public NotificationReport {
        outcomes = List.copyOf(outcomes);
    }

    /** The outcome of the named channel; empty when that channel is disabled. */
    public Optional<ChannelOutcome> of(String channel) {
        return outcomes.stream().filter(o -> o.channel().equals(channel)).findFirst();
    }

    /** True when at least one channel failed. */
    public boolean anyFailed() {
        return outcomes.stream().anyMatch(o -> o.status() == ChannelOutcome.Status.FAILED);
    }
}
