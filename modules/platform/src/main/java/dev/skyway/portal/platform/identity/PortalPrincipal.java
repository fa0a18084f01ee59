package dev.skyway.portal.platform.identity;

/**
 * Implemented by every authenticated principal the portal creates (local demo users, OIDC users, JWT bearer
 * callers), so {@link CurrentUser} reads the same model whatever the login method was.
 */
public interface PortalPrincipal {

    PortalUser portalUser();
}
