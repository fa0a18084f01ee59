/**
 * The sandbox provisioner and network: simulated Service Catalog provisioning and per-account networks, for local use
 * and tests; and the sandbox's made-up history of requests, recorded on a first start.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.provisioning.internal.sandbox;
