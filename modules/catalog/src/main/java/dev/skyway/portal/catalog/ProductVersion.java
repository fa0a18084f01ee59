package dev.skyway.portal.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A version of a product (a Service Catalog provisioning artifact).
 *
 * @param deprecated  the artifact is inactive or its guidance is DEPRECATED: shown, but not offered for new requests
 */
public record ProductVersion(String id, String name, @Nullable String description, boolean deprecated,
                             Instant createdAt) {
}
