package dev.skyway.portal.compliance.internal.waivers;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.compliance.internal.aws.SecurityHubRequests;
import dev.skyway.portal.compliance.internal.aws.SecurityHubWaiverMirror;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/** Waiver settings, and the mirror for {@code portal.aws.mode}: Security Hub in AWS mode, none in the sandbox. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WaiverProperties.class)
class WaiversConfiguration {

    @Bean
    WaiverMirroring waiverMirroring(AwsClientFactory aws, WaiverMirrorRows rows) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return WaiverMirroring.NONE;
        }
        return new SecurityHubMirroring(new SecurityHubWaiverMirror(aws.create(SecurityHubClient.builder()),
                new SecurityHubRequests()), rows);
    }
}
