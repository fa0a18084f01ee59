package dev.skyway.portal.platform.notify.internal;

/**
 * A channel could not deliver. The message is written by the channel to be safe in logs and reports: no secrets
 * (such as the webhook URL) and no raw exception text that might contain them.
 */
public class ChannelFailure extends RuntimeException {

    public ChannelFailure(String safeMessage) {
        super(safeMessage, null, false, false);
    }
}
