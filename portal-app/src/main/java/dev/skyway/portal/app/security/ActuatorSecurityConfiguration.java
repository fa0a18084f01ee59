package dev.skyway.portal.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's filter chain and the OpenAPI document's, the same whichever way users log in (first, before the API
 * and UI chains).
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        WebSecurity.actuator(http);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        WebSecurity.apiDocs(http);
        return http.build();
    }
}
