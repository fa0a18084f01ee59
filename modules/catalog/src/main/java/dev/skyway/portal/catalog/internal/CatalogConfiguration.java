package dev.skyway.portal.catalog.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.catalog.internal.aws.AwsCatalogSource;
import dev.skyway.portal.catalog.internal.aws.TemplateFetcher;
import dev.skyway.portal.catalog.internal.sandbox.SandboxAccount;
import dev.skyway.portal.catalog.internal.sandbox.SandboxCatalogSource;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;

import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;

/**
 * Picks the catalog source for {@code portal.aws.mode} (the AWS Service Catalog API or the sandbox account) and
 * declares the scheduled sync.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
class CatalogConfiguration {

    @Bean
    ProductCatalogSource productCatalogSource(AwsClientFactory aws, SandboxAccount sandbox, TemplateParser parser,
                                              CatalogProperties properties) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxCatalogSource(sandbox, parser);
        }
        return new AwsCatalogSource(aws.create(ServiceCatalogClient.builder()),
                new TemplateFetcher(properties.templateFetchTimeout(), properties.maxTemplateBytes()), parser);
    }

    /**
     * The scheduled sync ({@code portal.catalog.sync-interval} after the previous one ended, the first
     * {@code portal.catalog.sync-initial-delay} after start; off with {@code portal.catalog.scheduled-sync=false}).
     * Once per interval across replicas; a manual sync within it also leaves the scheduled one out.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.catalog.scheduled-sync", matchIfMissing = true)
    PeriodicJob catalogSyncJob(SyncRunner runner, CatalogSync sync, CatalogProperties properties) {
        Schedule schedule = new Schedule(properties.syncInterval(), properties.syncInitialDelay());
        return PeriodicJob.of("catalog-scheduled-sync", schedule, () -> runner.runScheduled(sync, schedule));
    }
}
