package dev.skyway.portal.compliance.internal.sync;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The AWS-mode settings ({@code portal.compliance.aws.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplianceAwsProperties.class)
class SyncConfiguration {
}
