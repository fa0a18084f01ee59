/**
 * The application shell: security (local demo users or OIDC, the REST API's authentication), the main layout and
 * home page, the login page, and cross-cutting web concerns (problem+json errors, error page). It holds no
 * business logic: views and endpoints call module facades.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application shell",
        allowedDependencies = {"platform :: identity", "platform :: audit", "platform :: uikit",
                "platform :: home"})
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.app;
