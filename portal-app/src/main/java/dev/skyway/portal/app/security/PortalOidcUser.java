package dev.skyway.portal.app.security;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import dev.skyway.portal.platform.identity.PortalPrincipal;
import dev.skyway.portal.platform.identity.PortalUser;

/** A user logged in through OIDC, with the portal roles mapped from the ID token's groups. */
final class PortalOidcUser extends DefaultOidcUser implements PortalPrincipal {

    private final PortalUser user;

    PortalOidcUser(OidcUser source, PortalUser user) {
        super(DemoUser.authorities(user), source.getIdToken(), source.getUserInfo(), "sub");
        this.user = user;
    }

    @Override
    public PortalUser portalUser() {
        return user;
    }
}
