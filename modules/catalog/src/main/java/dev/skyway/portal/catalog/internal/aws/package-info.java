/**
 * The catalog's AWS adapter: AWS Service Catalog as a {@code ProductCatalogSource}, template downloads and its errors
 * in the portal's words.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.catalog.internal.aws;
