package dev.skyway.portal.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.accounts.internal.aws.AwsOrganizationDirectory;
import dev.skyway.portal.accounts.internal.sandbox.SandboxOrganization;
import dev.skyway.portal.accounts.internal.sandbox.SandboxOrganizationDirectory;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * Picks the organization directory for {@code portal.aws.mode} (the AWS Organizations API or the sandbox) and
 * declares the scheduled inventory sync.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountsProperties.class)
class AccountsConfiguration {

    @Bean
    OrganizationDirectory organizationDirectory(AwsClientFactory aws, SandboxOrganization sandbox) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxOrganizationDirectory(sandbox);
        }
        return new AwsOrganizationDirectory(aws.create(OrganizationsClient.builder()));
    }

    /**
     * The scheduled sync ({@code portal.accounts.sync-interval} after the previous one ended, the first
     * {@code portal.accounts.sync-initial-delay} after start; off with {@code portal.accounts.scheduled-sync=false}).
     * Once per interval across replicas; a manual sync within it also leaves the scheduled one out.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.accounts.scheduled-sync", matchIfMissing = true)
    PeriodicJob accountsSyncJob(SyncRunner runner, AccountsSync sync, AccountsProperties properties) {
        Schedule schedule = new Schedule(properties.syncInterval(), properties.syncInitialDelay());
        return PeriodicJob.of("accounts-scheduled-sync", schedule, () -> runner.runScheduled(sync, schedule));
    }
}
