/** The catalog REST API under {@code /api/v1/catalog}: products, cost models, template checks and sync status. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.catalog.api;
