package dev.skyway.portal.catalog.internal;

/** A stored product's own columns. Description, owner and support URL may be null. */
public record ProductRow(String id, String name, String description, String owner, String supportUrl) {
}
