package dev.skyway.portal.compliance.internal.drift;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.compliance.internal.aws.CloudFormationDrift;
import dev.skyway.portal.compliance.internal.aws.Sleeper;
import dev.skyway.portal.compliance.internal.aws.ThrottlingRetries;
import dev.skyway.portal.compliance.internal.sync.ComplianceAwsProperties;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;

/**
 * Drift checks for {@code portal.aws.mode} (CloudFormation in AWS mode, the simulation in the sandbox) and their
 * schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DriftProperties.class)
class DriftConfiguration {

    @Bean(destroyMethod = "close")
    DriftRunner driftRunner(AwsClientFactory aws, DriftProperties properties, ComplianceAwsProperties awsProperties,
                            DriftRows rows, TransactionTemplate transactions, Clock clock) {
        DriftDetector detector = aws.mode() == AwsMode.SANDBOX
                ? new SandboxDriftDetector(rows, clock, properties.sandboxDetection())
                : new AwsDriftDetector(new CloudFormationDrift(new MemberAccountStacks(aws,
                awsProperties.memberRoleName()), new ThrottlingRetries(Sleeper.threadSleep()), clock,
                Sleeper.threadSleep(), CloudFormationDrift.DEFAULT_POLL, properties.timeout()));
        return new DriftRunner(detector, rows, transactions, clock, Sleeper.threadSleep(), properties.timeout());
    }

    /**
     * Checks every stack the portal provisioned for drift, in both modes ({@code portal.compliance.drift.interval},
     * default 24 hours, the first {@code portal.compliance.drift.initial-delay} after start; off with
     * {@code portal.compliance.drift.scheduled=false}). Once per interval across replicas.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.compliance.drift.scheduled", matchIfMissing = true)
    PeriodicJob driftCheckJob(SyncRunner runner, DriftSync sync, DriftProperties properties) {
        return PeriodicJob.of("compliance-drift-schedule", new Schedule(properties.interval(),
                properties.initialDelay()), Duration.ofHours(2), () -> runner.run(sync));
    }
}
