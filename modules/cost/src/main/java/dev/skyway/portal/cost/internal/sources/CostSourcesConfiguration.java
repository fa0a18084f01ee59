package dev.skyway.portal.cost.internal.sources;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import dev.skyway.portal.cost.internal.CostImportRows;
import dev.skyway.portal.cost.internal.CostImporter;
import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.aws.AthenaRollups;
import dev.skyway.portal.cost.internal.aws.AthenaTagKeys;
import dev.skyway.portal.cost.internal.aws.CeRequests;
import dev.skyway.portal.cost.internal.aws.CostExplorerCostSource;
import dev.skyway.portal.cost.internal.aws.ExportDeliveries;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;

import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Picks the cost source for {@code portal.aws.mode} and {@code portal.cost.source}. In sandbox mode the generator
 * seeds the data and there is nothing to pull. Cost Explorer answers in {@code us-east-1} only. Also the scheduled
 * pull.
 */
@Configuration(proxyBeanMethods = false)
class CostSourcesConfiguration {

    @Bean
    CostSourceSync costSourceSync(AwsClientFactory aws, CostProperties properties, CostImporter importer,
                                  CostImportRows imports, @Lazy CostExplorerClient costExplorer,
                                  CeRequests requests, Clock clock,
                                  @Value("${portal.cost.cost-explorer.billing-account-id:cost-explorer}")
                                  String costExplorerPayer) {
        return new CostSourceSync(source(aws, properties, importer, imports, costExplorer, requests, clock,
                costExplorerPayer));
    }

    private static CostSource source(AwsClientFactory aws, CostProperties properties, CostImporter importer,
                                     CostImportRows imports, CostExplorerClient costExplorer, CeRequests requests,
                                     Clock clock, String payer) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxSource();
        }
        return switch (properties.source()) {
            case EXPORTS -> {
                String bucket = properties.exports().bucket();
                if (bucket == null || bucket.isBlank()) {
                    yield new UnconfiguredSource("portal.cost.exports.bucket (and prefix), or choose "
                            + "portal.cost.source=COST_EXPLORER or ATHENA");
                }
                yield new ExportsSource(new ExportDeliveries(aws.create(S3Client.builder()
                        .forcePathStyle(true)), bucket, properties.exports().prefix()), importer, imports,
                        properties.dataDir(), bucket);
            }
            case ATHENA -> new AthenaSource(new AthenaRollups(aws.create(AthenaClient.builder()),
                    properties.athena(), AthenaTagKeys.of(properties), clock, AthenaRollups.Sleeper.THREAD,
                    Duration.ofSeconds(2), AthenaRollups.DEFAULT_TIMEOUT), importer, clock);
            case COST_EXPLORER -> new CostExplorerSource(new CostExplorerCostSource(costExplorer, requests,
                    properties, payer, clock), requests.ledger(), importer, clock);
        };
    }

    /**
     * Pulls cost data on a schedule in AWS mode ({@code portal.cost.sync-interval}, default 6 hours, the first
     * {@code portal.cost.sync-initial-delay} after start; off with {@code portal.cost.scheduled-sync=false}). Once per
     * interval across replicas; a manual sync within it also leaves the scheduled one out.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.cost.scheduled-sync", matchIfMissing = true)
    PeriodicJob costSourceSyncJob(SyncRunner runner, CostSourceSync sync, AwsClientFactory aws,
                                  CostProperties properties) {
        Schedule schedule = new Schedule(properties.syncInterval(), properties.syncInitialDelay());
        return PeriodicJob.of("cost-scheduled-sync", schedule, Duration.ofHours(2), () -> {
            if (aws.mode() == AwsMode.AWS) {
                runner.runScheduled(sync, schedule);
            }
        });
    }
}
