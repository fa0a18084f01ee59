/** Routing: the admins' rules, and what the first matching rule does with a new alert. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.routing;
