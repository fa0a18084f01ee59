/**
 * The sandbox Service Catalog account: a simulated catalog seeded from a manifest and kept in the database, for local
 * use and tests.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.catalog.internal.sandbox;
