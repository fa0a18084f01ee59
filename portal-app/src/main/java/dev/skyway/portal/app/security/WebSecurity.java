package dev.skyway.portal.app.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The parts of the filter chains that do not depend on how users log in. */
final class WebSecurity {

    /**
     * Vaadin needs inline styles and {@code eval} for {@code executeJs}; everything else comes from this origin.
     * No {@code form-action}: the browser would block the redirect to the IdP after the logout form posts.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'";

    private WebSecurity() {
    }

    /** Security headers; HSTS is sent on secure requests only (behind TLS, with forwarded headers honoured). */
    static void headers(HttpSecurity http) {
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    /** Actuator: health, info and metrics are open (for probes and scrapers); every other endpoint is closed. */
    static void actuator(HttpSecurity http) {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(EndpointRequest.to("health", "info", "prometheus")).permitAll()
                        .anyRequest().denyAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.disable());
        headers(http);
    }

    /**
     * The OpenAPI document ({@code /v3/api-docs}, springdoc): it describes the API and holds no data, so anyone may
     * read it (GET only); no session, no CSRF token needed.
     */
    static void apiDocs(HttpSecurity http) {
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
     * The API: deny-by-default (authenticated, then each endpoint's own role check), problem+json errors, and CSRF
     * required for writes that ride on a browser session cookie (a request with an Authorization header carries
     * its own credentials and cannot be forged cross-site).
     */
    static void api(HttpSecurity http, String challenge) {
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
