package dev.skyway.portal.provisioning;

import java.time.Instant;
import java.util.UUID;

/**
 * What AWS last reported of a provisioned product, as the last finished record of it (its provisioning, an update or
 * termination attempt, or a retry of one) said.
 *
 * @param status     null when not known yet; the other fields are null with it
 * @param message    AWS's status message with TAINTED or ERROR; null otherwise
 * @param reportedBy the request whose record reported it
 * @param reportedAt when the portal learnt it
 */
public record ProductHealth(ProductStatus status, String message, UUID reportedBy, Instant reportedAt) {

    public static final ProductHealth UNKNOWN = new ProductHealth(null, null, null, null);
}
