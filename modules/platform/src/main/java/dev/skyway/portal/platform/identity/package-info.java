/** Identity: roles, the portal's user model, and the current user (for requests and for scheduled jobs). */
@org.springframework.modulith.NamedInterface("identity")
package dev.skyway.portal.platform.identity;
