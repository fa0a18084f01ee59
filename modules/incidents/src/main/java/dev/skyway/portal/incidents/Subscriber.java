package dev.skyway.portal.incidents;

import java.util.UUID;

/**
 * Who hears of an incident's status updates.
 *
 * @param channel EMAIL (target: an address) or WEBHOOK (target: the name of the chat channel; updates go to the
 *                platform's Slack-compatible webhook)
 */
public record Subscriber(UUID id, UUID incidentId, Channel channel, String target) {

    public enum Channel { EMAIL, WEBHOOK }
}
