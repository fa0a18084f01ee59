package dev.skyway.portal.platform.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import dev.skyway.portal.platform.web.OpenEndpoints;

/**
 * The filter chain of the paths modules declare as {@link OpenEndpoints}: first of all chains, so no login, session
 * or CSRF check of the application's other chains applies to them (a webhook's own {@code Authorization: Bearer} is
 * not taken for a portal token either). Without any declaration the chain matches nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OpenEndpointsSecurity {

    private static final Logger log = LoggerFactory.getLogger(OpenEndpointsSecurity.class);

    @Bean
    @Order(0)
    SecurityFilterChain openEndpointsChain(HttpSecurity http, ObjectProvider<OpenEndpoints> declared)
            throws Exception {
        List<OpenEndpoints> endpoints = declared.orderedStream().toList();
        String[] patterns = endpoints.stream().flatMap(e -> e.pathPatterns().stream()).distinct()
                .toArray(String[]::new);
        if (patterns.length == 0) {
            http.securityMatcher(request -> false);
        } else {
            endpoints.forEach(e -> log.info("Open to callers without a portal login ({} authenticates them): {}",
                    e.owner(), e.pathPatterns()));
            http.securityMatcher(patterns);
        }
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable());
        return http.build();
    }
}
