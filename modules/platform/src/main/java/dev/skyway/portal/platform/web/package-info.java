/**
 * Web: what a module declares about its HTTP endpoints to the application's security configuration, e.g. paths that
 * authenticate callers themselves instead of by a portal login ({@link dev.skyway.portal.platform.web.OpenEndpoints}).
 */
@org.springframework.modulith.NamedInterface("web")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.web;
