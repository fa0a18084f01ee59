package dev.skyway.portal.catalog;

/**
 * A Service Catalog portfolio: a named set of products shared with the organization.
 *
 * @param description may be null
 * @param provider    may be null
 */
public record Portfolio(String id, String name, String description, String provider) {
}
