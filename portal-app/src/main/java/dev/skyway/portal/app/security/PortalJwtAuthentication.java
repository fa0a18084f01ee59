package dev.skyway.portal.app.security;

import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

import dev.skyway.portal.platform.identity.PortalPrincipal;
import dev.skyway.portal.platform.identity.PortalUser;

/** An API caller authenticated by a JWT bearer token, with the same role mapping as the browser login. */
final class PortalJwtAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    PortalJwtAuthentication(Jwt jwt, PortalUser user) {
        super(jwt, new Principal(user), jwt, DemoUser.authorities(user));
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }

    @Override
    public String getName() {
        return ((Principal) getPrincipal()).portalUser().username();
    }

    record Principal(PortalUser portalUser) implements PortalPrincipal, java.io.Serializable {
    }
}
