package dev.skyway.portal.provisioning;

/**
 * Filters of "My resources".
 *
 * @param text        part of the name, product or account id; null or blank for all
 * @param status      PROVISIONED, TERMINATING or TERMINATED; null for everything not terminated
 * @param environment {@code dev}, {@code staging} or {@code prod}; null for all
 * @param unhealthy   only those AWS reports {@link ProductStatus#TAINTED} or {@link ProductStatus#ERROR}
 */
public record ResourceQuery(String text, RequestStatus status, String environment, boolean unhealthy) {

    /** Healthy and unhealthy ones alike. */
    public ResourceQuery(String text, RequestStatus status, String environment) {
        this(text, status, environment, false);
    }

    public static ResourceQuery all() {
        return new ResourceQuery(null, null, null);
    }
}
