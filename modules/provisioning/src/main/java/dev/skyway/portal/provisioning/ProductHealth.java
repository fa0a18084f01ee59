package dev.skyway.portal.provisioning;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What AWS last reported of a provisioned product, as the last finished record of it (its provisioning, an update or
 * termination attempt, or a retry of one) said.
 *
 * @param status     absent when not known yet; the other fields are absent with it
 * @param message    AWS's status message with TAINTED or ERROR; absent otherwise
 * @param reportedBy the request whose record reported it
 * @param reportedAt when the portal learnt it
 */
public record ProductHealth(@Nullable ProductStatus status, @Nullable String message, @Nullable UUID reportedBy,
                            @Nullable Instant reportedAt) {

    public static final ProductHealth UNKNOWN = new ProductHealth(null, null, null, null);
}
