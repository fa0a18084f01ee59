/**
 * Incidents as stored: the incident with its affected accounts and roles, its append-only timeline, and the one way
 * incidents are opened (declared by a person or by a routing rule for an alert).
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.lifecycle;
