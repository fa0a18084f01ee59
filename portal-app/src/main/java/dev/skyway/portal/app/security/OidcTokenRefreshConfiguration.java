package dev.skyway.portal.app.security;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.event.OAuth2AuthorizedClientRefreshedEvent;
import org.springframework.security.oauth2.client.oidc.authentication.event.OidcUserRefreshedEvent;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How an OIDC login's roles follow the IdP between logins: {@link OidcTokenRefreshFilter} refreshes expired tokens
 * through the manager below; the refresh is published as an event; Spring Security's listener validates the new ID
 * token and loads the user again through the portal's user service (the IdP's current groups become roles); the
 * refreshed login then replaces the old one in this request and in the session.
 */
@Configuration(proxyBeanMethods = false)
@Profile("oidc")
class OidcTokenRefreshConfiguration {

    /** Refreshes expired tokens of a browser login (and does nothing for a login it holds no tokens of). */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients, ApplicationEventPublisher events, Clock clock) {
        RefreshTokenOAuth2AuthorizedClientProvider refresh = new RefreshTokenOAuth2AuthorizedClientProvider();
        refresh.setApplicationEventPublisher(events);
        refresh.setClock(clock);
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(refresh);
        return manager;
    }

    /**
     * Loads the user again from the refreshed tokens. Spring Security's own listener for this skips a login when the
     * global context holder strategy (which Vaadin replaces) does not hold it, or when the token response does not
     * repeat the {@code openid} scope; this one reads the login from the filter chains' strategy.
     */
    @Bean
    ApplicationListener<OAuth2AuthorizedClientRefreshedEvent> refreshedTokensReloadTheUser(
            OAuth2UserService<OidcUserRequest, OidcUser> users, SecurityContextHolderStrategy contexts,
            ApplicationEventPublisher events) {
        return new RefreshedOidcLogin(users, contexts, events);
    }

    @Bean
    ApplicationListener<OidcUserRefreshedEvent> refreshedUserReplacesTheLogin(SecurityContextHolderStrategy contexts) {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        return event -> {
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(event.getAuthentication());
            contexts.setContext(context);
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                    && request.getResponse() != null) {
                sessions.saveContext(context, request.getRequest(), request.getResponse());
            }
        };
    }
}
