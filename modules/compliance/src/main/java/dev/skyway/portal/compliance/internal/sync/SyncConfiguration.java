package dev.skyway.portal.compliance.internal.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.compliance.internal.aws.ConfigAggregatorCompliance;
import dev.skyway.portal.compliance.internal.aws.SecurityHubControls;
import dev.skyway.portal.compliance.internal.aws.SecurityHubFindings;
import dev.skyway.portal.compliance.internal.aws.SecurityHubRequests;
import dev.skyway.portal.compliance.internal.aws.Sleeper;
import dev.skyway.portal.compliance.internal.aws.ThrottlingRetries;
import dev.skyway.portal.compliance.internal.imports.FindingImporter;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncJob;
import dev.skyway.portal.platform.jobs.SyncRunner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * The AWS-mode syncs ({@code portal.compliance.aws.*}): Security Hub and (with an aggregator) Config, both read in
 * the aggregation Region. No client is built in the sandbox. Also their schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplianceAwsProperties.class)
class SyncConfiguration {

    @Bean
    AwsComplianceSyncs awsComplianceSyncs(AwsClientFactory aws, ComplianceAwsProperties properties,
                                          FindingImporter importer, SyncCursors cursors, ControlRows controls,
                                          Clock clock) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new AwsComplianceSyncs(List.of());
        }
        Region region = properties.region() == null ? aws.region() : Region.of(properties.region());
        SecurityHubRequests requests = new SecurityHubRequests();
        SecurityHubClient hub = aws.createIn(region, SecurityHubClient.builder());
        List<SyncJob<?>> jobs = new ArrayList<>();
        jobs.add(new SecurityHubSync(new SecurityHubFindings(hub, requests, properties.findingsApi()),
                new SecurityHubControls(hub, requests), importer, cursors, controls, region.id(), clock));
        if (properties.configAggregator() != null) {
            jobs.add(new ConfigSync(new ConfigAggregatorCompliance(aws.createIn(region, ConfigClient.builder()),
                    properties.configAggregator(), new ThrottlingRetries(Sleeper.threadSleep())), importer, cursors,
                    properties.configAggregator(), clock));
        }
        return new AwsComplianceSyncs(jobs);
    }

    /**
     * Pulls Security Hub and Config in AWS mode ({@code portal.compliance.aws.sync-interval}, default one hour, the
     * first {@code portal.compliance.aws.sync-initial-delay} after start; off with
     * {@code portal.compliance.aws.scheduled-sync=false}); each sync's status is kept by the platform's runner. Once
     * per interval across replicas; a manual sync within it also leaves that sync's scheduled run out.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.compliance.aws.scheduled-sync", matchIfMissing = true)
    PeriodicJob awsComplianceSyncJob(SyncRunner runner, AwsComplianceSyncs syncs, ComplianceAwsProperties properties) {
        Schedule schedule = new Schedule(properties.syncInterval(), properties.syncInitialDelay());
        return PeriodicJob.of("compliance-aws-sync", schedule, Duration.ofHours(2),
                () -> syncs.jobs().forEach(job -> runner.runScheduled(job, schedule)));
    }
}
