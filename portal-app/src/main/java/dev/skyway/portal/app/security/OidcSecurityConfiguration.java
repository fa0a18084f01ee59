package dev.skyway.portal.app.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.DispatcherType;

/**
 * Production: browser login through the organization's OIDC provider (authorization-code flow, RP-initiated
 * logout) and JWT bearer tokens from the same issuer for the API. Roles come from a claim through
 * {@link GroupRoleMapper}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("oidc")
class OidcSecurityConfiguration {

    static final String REGISTRATION_ID = "portal";

    @Bean
    ClaimsUserFactory claimsUserFactory(OidcProperties properties) {
        return new ClaimsUserFactory(properties);
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> portalOidcUserService(ClaimsUserFactory users) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser oidcUser = delegate.loadUser(request);
            String issuer = String.valueOf(oidcUser.getIdToken().getIssuer());
            return new PortalOidcUser(oidcUser, users.fromClaims(issuer, oidcUser.getClaims()));
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ClaimsUserFactory users, OAuth2AuthorizedClientManager clients,
            SecurityContextHolderStrategy contexts) throws Exception {
        WebSecurity.api(http, "Bearer");
        // a browser session calling the API gets its roles refreshed like the UI
        http.addFilterBefore(new OidcTokenRefreshFilter(clients, contexts),
                AuthorizationFilter.class);
        http.oauth2ResourceServer(rs -> rs
                .authenticationEntryPoint(ProblemResponses.unauthorized("Bearer"))
                .jwt(jwt -> jwt.jwtAuthenticationConverter(token ->
                        new PortalJwtAuthentication(token, users.fromClaims(String.valueOf(token.getIssuer()),
                                token.getClaims())))));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> userService,
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientManager clients,
            SecurityContextHolderStrategy contexts) throws Exception {
        http.addFilterBefore(new OidcTokenRefreshFilter(clients, contexts),
                AuthorizationFilter.class);
        http.authorizeHttpRequests(a -> a.requestMatchers(WebSecurity.STATIC_ASSETS).permitAll()
                .requestMatchers(WebSecurity.SWAGGER_UI).authenticated()
                // an error inside the API's filters is rendered by /error: answer it, don't send a login redirect
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        SecurityHeaders.apply(http, identityProviderOrigins(registrations.findByRegistrationId(REGISTRATION_ID)));
        http.oauth2Login(login -> login.userInfoEndpoint(u -> u.oidcUserService(userService)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}"));
        return http.build();
    }

    /**
     * Where the browser goes after a form posts: the logout form is answered with a redirect to the IdP's
     * end-session endpoint, which the CSP's {@code form-action} must allow.
     */
    static Set<String> identityProviderOrigins(ClientRegistration registration) {
        Set<String> origins = new LinkedHashSet<>();
        ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
        Stream.of(provider.getAuthorizationUri(), provider.getIssuerUri(),
                        provider.getConfigurationMetadata().get("end_session_endpoint"))
                .filter(String.class::isInstance).map(String.class::cast)
                .map(URI::create)
                .filter(uri -> uri.getScheme() != null && uri.getHost() != null)
                .map(uri -> uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()))
                .forEach(origins::add);
        return origins;
    }
}
