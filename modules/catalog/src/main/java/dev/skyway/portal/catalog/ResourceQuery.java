package dev.skyway.portal.catalog;

/**
 * Filters of "My resources".
 *
 * @param text        part of the name, product or account id; null or blank for all
 * @param status      PROVISIONED, TERMINATING or TERMINATED; null for everything not terminated
 * @param environment {@code dev}, {@code staging} or {@code prod}; null for all
 */
public record ResourceQuery(String text, RequestStatus status, String environment) {

    public static ResourceQuery all() {
        return new ResourceQuery(null, null, null);
    }
}
