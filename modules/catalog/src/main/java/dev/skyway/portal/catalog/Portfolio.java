package dev.skyway.portal.catalog;

import org.jspecify.annotations.Nullable;

/** A Service Catalog portfolio: a named set of products shared with the organization. */
public record Portfolio(String id, String name, @Nullable String description, @Nullable String provider) {
}
