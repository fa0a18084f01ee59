/** The provisioning REST API: product requests, day-2 changes and provisioned resources. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.provisioning.api;
