package dev.skyway.portal.provisioning;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.catalog.Catalog;

/**
 * A provisioned product's status as AWS Service Catalog reports it (DescribeProvisionedProduct), reduced to what an
 * engineer acts on. AWS's transient UNDER_CHANGE and PLAN_IN_PROGRESS are not kept: the portal shows the change under
 * way instead, and learns the outcome when its record finishes.
 */
public enum ProductStatus {

    /** Stable and usable. */
    AVAILABLE,
    /** Stable, but the last provisioning or update failed and was rolled back: usable, not as asked. */
    TAINTED,
    /** An operation failed and AWS could not roll it back: update it (with other values) to repair it. */
    ERROR;

    /** AWS's word for a status; absent when AWS gave none or one that is not kept (e.g. UNDER_CHANGE). */
    public static @Nullable ProductStatus ofAws(@Nullable String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "AVAILABLE" -> AVAILABLE;
            case "TAINTED" -> TAINTED;
            case "ERROR" -> ERROR;
            default -> null;
        };
    }

    public boolean healthy() {
        return this == AVAILABLE;
    }
}
