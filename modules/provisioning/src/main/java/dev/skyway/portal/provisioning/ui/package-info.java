/**
 * The provisioning views: requesting a product, my requests and resources, request and resource details, and day-2
 * updates.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.provisioning.ui;
