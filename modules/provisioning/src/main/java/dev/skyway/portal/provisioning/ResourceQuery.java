package dev.skyway.portal.provisioning;

import org.jspecify.annotations.Nullable;

/**
 * Filters of "My resources".
 *
 * @param text        part of the name, product or account id; absent or blank for all
 * @param status      PROVISIONED, TERMINATING or TERMINATED; absent for everything not terminated
 * @param environment {@code dev}, {@code staging} or {@code prod}; absent for all
 * @param unhealthy   only those AWS reports {@link ProductStatus#TAINTED} or {@link ProductStatus#ERROR}
 */
public record ResourceQuery(@Nullable String text, @Nullable RequestStatus status, @Nullable String environment,
                            boolean unhealthy) {

    /** Healthy and unhealthy ones alike. */
    public ResourceQuery(@Nullable String text, @Nullable RequestStatus status, @Nullable String environment) {
        this(text, status, environment, false);
    }

    public static ResourceQuery all() {
        return new ResourceQuery(null, null, null);
    }
}
