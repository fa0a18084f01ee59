package dev.skyway.portal.compliance.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The compliance module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplianceProperties.class)
class ComplianceConfiguration {
}
