package dev.skyway.portal.accounts.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.accounts.internal.aws.AwsOrganizationDirectory;
import dev.skyway.portal.accounts.internal.sandbox.SandboxOrganization;
import dev.skyway.portal.accounts.internal.sandbox.SandboxOrganizationDirectory;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/** Picks the organization directory for {@code portal.aws.mode}: the AWS Organizations API or the sandbox. */
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
}
