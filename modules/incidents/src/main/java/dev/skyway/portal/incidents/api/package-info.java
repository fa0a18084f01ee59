/**
 * The incidents REST API under {@code /api/v1/incidents}: integrations, the intake endpoints (authenticated by their
 * secret or the SNS signature, not by a portal login), alerts and incidents.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.api;
