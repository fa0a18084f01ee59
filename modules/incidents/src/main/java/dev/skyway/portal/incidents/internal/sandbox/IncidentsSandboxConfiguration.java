package dev.skyway.portal.incidents.internal.sandbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The incidents sandbox's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxProperties.class)
class IncidentsSandboxConfiguration {
}
