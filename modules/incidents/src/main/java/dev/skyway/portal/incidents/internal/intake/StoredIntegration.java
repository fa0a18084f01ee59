package dev.skyway.portal.incidents.internal.intake;

import dev.skyway.portal.incidents.Integration;

/** An integration as stored: with the hash its senders' secret must match. */
public record StoredIntegration(Integration integration, String secretSha256) {
}
