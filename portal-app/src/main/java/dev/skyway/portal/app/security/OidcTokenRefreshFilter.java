package dev.skyway.portal.app.security;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Keeps a browser login's roles as current as its tokens: when the access token of an OIDC login has expired, the
 * portal refreshes it with the refresh token; Spring Security then validates the new ID token and loads the user
 * again through the portal's user service, which maps the IdP's current groups to roles. If the IdP refuses the
 * refresh (user disabled, session revoked), the portal's session ends and the user logs in again.
 */
final class OidcTokenRefreshFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(OidcTokenRefreshFilter.class);

    private final OAuth2AuthorizedClientManager clients;
    private final SecurityContextHolderStrategy contexts;

    OidcTokenRefreshFilter(OAuth2AuthorizedClientManager clients, SecurityContextHolderStrategy contexts) {
        this.clients = clients;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken login) {
            try {
                // refreshes only when the access token has expired (the provider's clock skew included)
                clients.authorize(OAuth2AuthorizeRequest
                        .withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                        .principal(login)
                        .attribute(HttpServletRequest.class.getName(), request)
                        .attribute(HttpServletResponse.class.getName(), response)
                        .build());
            } catch (OAuth2AuthorizationException refused) {
                endSession(request, "the IdP refused to refresh its tokens: " + refused.getError().getErrorCode());
            } catch (OAuth2AuthenticationException invalid) {
                endSession(request, "the refreshed ID token is not valid: " + invalid.getError().getErrorCode());
            }
        }
        chain.doFilter(request, response);
    }

    private void endSession(HttpServletRequest request, String why) {
        LOG.info("Ending a login's session: {}", why);
        contexts.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}

