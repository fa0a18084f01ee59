package dev.skyway.portal.cost.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The cost module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CostProperties.class)
class CostConfiguration {
}
