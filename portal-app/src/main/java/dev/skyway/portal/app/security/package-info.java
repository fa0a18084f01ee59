/**
 * Security: local demo users or OIDC login, bearer tokens for the API, session lifetime, login throttling, request
 * limits and security headers.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.app.security;
