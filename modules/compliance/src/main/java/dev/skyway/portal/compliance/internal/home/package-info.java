/**
 * Compliance on the start page: scores, what changed, expiring waivers and drift for security; failing controls for
 * engineers.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.home;
