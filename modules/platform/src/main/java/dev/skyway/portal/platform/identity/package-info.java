/** Identity: roles, the portal's user model, and the current user (for requests and for scheduled jobs). */
@org.springframework.modulith.NamedInterface("identity")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.identity;
