package dev.skyway.portal.incidents;

/**
 * A new integration with its secret, shown this once: the bearer token of Alertmanager and the Events API, already
 * part of the {@code url} for SNS.
 *
 * @param url the path to post to (for SNS: the subscription endpoint, secret included)
 */
public record CreatedIntegration(Integration integration, String url, String secret) {
}
