/**
 * The catalog's implementation: products and cost models in the {@code catalog} schema, the sync from a
 * {@code ProductCatalogSource}, CloudFormation template parsing and cost estimates.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.catalog.internal;
