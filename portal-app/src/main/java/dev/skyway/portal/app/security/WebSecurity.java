package dev.skyway.portal.app.security;

import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The parts of the filter chains that do not depend on how users log in. */
final class WebSecurity {

    private WebSecurity() {
    }

    /** The security headers (see {@link SecurityHeaders}) for a chain whose forms post to this origin only. */
    static void headers(HttpSecurity http) throws Exception {
        SecurityHeaders.apply(http, java.util.List.of());
    }

    /**
     * Actuator: health, info and metrics are open (for probes and scrapers); every other endpoint is closed. With a
     * management port (the oidc profile) info and metrics are served only there, and the main port keeps health
     * at its additional paths ({@code /health}, {@code /livez}, {@code /readyz}).
     */
    static void actuator(HttpSecurity http) throws Exception {
        RequestMatcher mainPortHealth = EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, "health");
        http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), mainPortHealth))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .requestMatchers(mainPortHealth).permitAll()
                        .anyRequest().denyAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.disable());
        headers(http);
    }

    /**
     * The OpenAPI document ({@code /v3/api-docs}, springdoc): it describes the API and holds no data, so anyone may
     * read it (GET only); no session, no CSRF token needed.
     */
    static void apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .authorizeHttpRequests(a -> a.requestMatchers(org.springframework.http.HttpMethod.GET).permitAll()
                        .anyRequest().denyAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        headers(http);
    }

    /** Static assets that Vaadin does not serve itself (ECharts webjar, our CSS and chart glue). */
    static final String[] STATIC_ASSETS = {"/webjars/**", "/assets/**"};

    /**
     * Swagger UI (springdoc): the page and its assets are for signed-in users only, like the rest of the portal's
     * pages (anonymous visitors go to the login); the document it renders stays public at {@code /v3/api-docs}.
     */
    static final String[] SWAGGER_UI = {"/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The API: deny-by-default (authenticated, then each endpoint's own role check), problem+json errors, and CSRF
     * required for writes that ride on a browser session cookie (a request with an Authorization header carries
     * its own credentials and cannot be forged cross-site).
     */
    static void api(HttpSecurity http, String challenge) throws Exception {
        RequestMatcher cookieSessionWrite = request -> request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getSession(false) != null
                && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !"OPTIONS".equals(request.getMethod());
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.requireCsrfProtectionMatcher(cookieSessionWrite))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemResponses.unauthorized(challenge))
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        headers(http);
    }
}
