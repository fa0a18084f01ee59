package dev.skyway.portal.provisioning;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the last drift check of a provisioned product's stack found.
 *
 * @param status           CloudFormation's stack drift status: {@code DRIFTED}, {@code IN_SYNC}, {@code UNKNOWN} or
 *                         {@code NOT_CHECKED}
 * @param driftedResources how many of its resources were modified or deleted outside CloudFormation
 * @param checkedAt        when the check finished; absent when not known
 */
public record StackDriftState(String status, int driftedResources, @Nullable Instant checkedAt) {

    public boolean drifted() {
        return "DRIFTED".equals(status);
    }
}
