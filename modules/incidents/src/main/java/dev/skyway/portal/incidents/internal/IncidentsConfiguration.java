package dev.skyway.portal.incidents.internal;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.platform.web.OpenEndpoints;

/**
 * The incidents module's settings, and its intake endpoints declared open to callers without a portal login: each
 * request there is authenticated by the module itself (the integration's secret, the SNS signature).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentsProperties.class)
class IncidentsConfiguration {

    static final String INTAKE_PATHS = "/api/v1/incidents/intake/**";

    @Bean
    OpenEndpoints incidentsIntake() {
        return new OpenEndpoints("incidents", List.of(INTAKE_PATHS));
    }
}
