package dev.skyway.portal.catalog.internal;

import org.jspecify.annotations.Nullable;

/** A stored product's own columns. */
public record ProductRow(String id, String name, @Nullable String description, @Nullable String owner,
                         @Nullable String supportUrl) {
}
