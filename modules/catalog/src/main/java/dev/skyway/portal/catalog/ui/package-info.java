/**
 * The catalog's views. Also a named interface: the provisioning module's request form links back to
 * {@link dev.skyway.portal.catalog.ui.CatalogView} and {@link dev.skyway.portal.catalog.ui.ProductView} and shows
 * parameters with {@link dev.skyway.portal.catalog.ui.ParameterRow} and {@link dev.skyway.portal.catalog.ui.Badges}.
 */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.catalog.ui;
