package dev.skyway.portal.compliance.internal.drops;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.compliance.internal.ComplianceProperties;
import dev.skyway.portal.compliance.internal.imports.FindingImporter;
import dev.skyway.portal.compliance.internal.imports.ImportRows;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Picks the drop location: in AWS mode the bucket (with the platform's S3 client), else the directory; the sandbox
 * watches {@code <data-dir>/drops} unless told otherwise. AWS mode without either has none. Also the job that reads
 * it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DropProperties.class)
class DropsConfiguration {

    @Bean
    FindingDrops findingDrops(AwsClientFactory aws, DropProperties properties, ComplianceProperties compliance,
                              FindingImporter importer, ImportRows imports, DroppedFiles files, Clock clock) {
        return new FindingDrops(location(aws, properties, compliance), importer, imports, files, properties, clock);
    }

    private static @Nullable DropLocation location(AwsClientFactory aws, DropProperties properties,
                                                   ComplianceProperties compliance) {
        if (aws.mode() == AwsMode.AWS && properties.bucket() != null) {
            Region region = properties.region() == null ? aws.region() : Region.of(properties.region());
            return new S3Drops(aws.createIn(region, S3Client.builder().forcePathStyle(true)), properties.bucket(),
                    properties.prefix());
        }
        if (properties.directory() != null) {
            return new LocalDrops(properties.directory());
        }
        return aws.mode() == AwsMode.SANDBOX ? new LocalDrops(compliance.dataDir().resolve("drops")) : null;
    }

    /**
     * Reads the drop location every {@code portal.compliance.drops.interval} (default 15 minutes, the first
     * {@code portal.compliance.drops.initial-delay} after start; off with
     * {@code portal.compliance.drops.scheduled=false}), once per interval across replicas, its status kept by the
     * platform's runner.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.compliance.drops.scheduled", matchIfMissing = true)
    PeriodicJob dropJob(SyncRunner runner, FindingDrops drops, DropProperties properties) {
        Schedule schedule = new Schedule(properties.interval(), properties.initialDelay());
        return PeriodicJob.of("compliance-drops", schedule, Duration.ofHours(2),
                () -> runner.runScheduled(drops, schedule));
    }
}
