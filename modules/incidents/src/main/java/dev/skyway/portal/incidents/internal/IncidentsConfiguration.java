package dev.skyway.portal.incidents.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The incidents module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IncidentsProperties.class)
class IncidentsConfiguration {
}
