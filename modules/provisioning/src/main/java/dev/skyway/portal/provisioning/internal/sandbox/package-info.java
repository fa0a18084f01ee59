/**
 * The sandbox provisioner and network: simulated Service Catalog provisioning and per-account networks, for local use
 * and tests.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.provisioning.internal.sandbox;
