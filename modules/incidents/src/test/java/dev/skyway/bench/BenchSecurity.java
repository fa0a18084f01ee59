package dev.skyway.bench;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.skyway.portal.platform.identity.PortalPrincipal;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stands in for the application's API chain and its login: every API request reads as an engineer's (the intake
 * paths stay on the platform's open chain, which comes first), so the measured requests pay for the same filters,
 * method security and JSON as a signed-in caller's, minus the session lookup.
 */
@Configuration(proxyBeanMethods = false)
class BenchSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain benchApi(HttpSecurity http) throws Exception {
        PortalUser engineer = TestUsers.user("bench-engineer", Role.ENGINEER);
        PortalPrincipal principal = () -> engineer;
        http.securityMatcher("/api/**").authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.disable())
                .addFilterBefore(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        var token = new TestingAuthenticationToken(principal, null, Role.ENGINEER.authority());
                        token.setAuthenticated(true);
                        SecurityContextHolder.getContext().setAuthentication(token);
                        chain.doFilter(request, response);
                    }
                }, AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    SimpleMeterRegistry meters() {
        return new SimpleMeterRegistry();
    }
}
