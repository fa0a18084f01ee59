package dev.skyway.portal.compliance.internal.waivers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.compliance.internal.aws.SecurityHubRequests;
import dev.skyway.portal.compliance.internal.aws.SecurityHubWaiverMirror;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * Waiver settings, the mirror for {@code portal.aws.mode} (Security Hub in AWS mode, none in the sandbox), and the
 * expiry job.
 */
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

    /**
     * Runs the waiver expiry pass every {@code portal.compliance.waivers.expiry-check-interval} (also the delay of the
     * first one after start; off with {@code portal.compliance.waivers.expiry-check=false}), once per interval across
     * replicas.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.compliance.waivers.expiry-check", matchIfMissing = true)
    PeriodicJob waiverExpiryJob(WaiverExpiry expiry, WaiverProperties properties) {
        return PeriodicJob.of("compliance-waiver-expiry",
                new Schedule(properties.expiryCheckInterval(), properties.expiryCheckInterval()), expiry::run);
    }
}
