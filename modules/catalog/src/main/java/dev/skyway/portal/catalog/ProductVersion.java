package dev.skyway.portal.catalog;

import java.time.Instant;

/**
 * A version of a product (a Service Catalog provisioning artifact).
 *
 * @param description may be null
 * @param deprecated  the artifact is inactive or its guidance is DEPRECATED: shown, but not offered for new requests
 */
public record ProductVersion(String id, String name, String description, boolean deprecated, Instant createdAt) {
}
