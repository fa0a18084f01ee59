package dev.skyway.portal.app.security;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.event.OAuth2AuthorizedClientRefreshedEvent;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.event.OidcUserRefreshedEvent;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * When a browser login's tokens were refreshed, validates the new ID token (signature, issuer, audience, expiry by
 * the decoder; same subject here), loads the user through the portal's user service, which maps the IdP's current
 * groups to roles, and publishes the refreshed login ({@link OidcUserRefreshedEvent}) to replace the old one.
 */
final class RefreshedOidcLogin implements ApplicationListener<OAuth2AuthorizedClientRefreshedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshedOidcLogin.class);

    private final OAuth2UserService<OidcUserRequest, OidcUser> users;
    private final SecurityContextHolderStrategy contexts;
    private final ApplicationEventPublisher events;
    private final OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();

    RefreshedOidcLogin(OAuth2UserService<OidcUserRequest, OidcUser> users, SecurityContextHolderStrategy contexts,
            ApplicationEventPublisher events) {
        this.users = users;
        this.contexts = contexts;
        this.events = events;
    }

    @Override
    public void onApplicationEvent(OAuth2AuthorizedClientRefreshedEvent event) {
        if (!(contexts.getContext().getAuthentication() instanceof OAuth2AuthenticationToken login)
                || !(login.getPrincipal() instanceof OidcUser before)) {
            return;
        }
        OAuth2AccessTokenResponse response = event.getAccessTokenResponse();
        if (!(response.getAdditionalParameters().get("id_token") instanceof String idTokenValue)) {
            LOG.info("The IdP refreshed a login's tokens without a new ID token: its roles stay until the next login");
            return;
        }
        ClientRegistration registration = event.getAuthorizedClient().getClientRegistration();
        Jwt jwt = decoders.createDecoder(registration).decode(idTokenValue);
        OidcIdToken idToken = new OidcIdToken(jwt.getTokenValue(), jwt.getIssuedAt(), jwt.getExpiresAt(),
                jwt.getClaims());
        if (!Objects.equals(before.getSubject(), idToken.getSubject())
                || !Objects.equals(before.getIdToken().getIssuer(), idToken.getIssuer())) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token",
                    "The refreshed ID token is for another user", null));
        }
        OidcUser after = users.loadUser(new OidcUserRequest(registration, response.getAccessToken(), idToken));
        OAuth2AuthenticationToken refreshed = new OAuth2AuthenticationToken(after, after.getAuthorities(),
                registration.getRegistrationId());
        refreshed.setDetails(login.getDetails());
        events.publishEvent(new OidcUserRefreshedEvent(response, before, after, refreshed));
    }
}
