package dev.skyway.portal.catalog.internal;

import java.time.Clock;

import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.catalog.internal.aws.AwsCatalogSource;
import dev.skyway.portal.catalog.internal.aws.AwsNetworkLookup;
import dev.skyway.portal.catalog.internal.aws.AwsProvisioner;
import dev.skyway.portal.catalog.internal.aws.MemberAccountCredentials;
import dev.skyway.portal.catalog.internal.network.NetworkLookup;
import dev.skyway.portal.catalog.internal.network.NetworkLookupException;
import dev.skyway.portal.catalog.internal.aws.TemplateFetcher;
import dev.skyway.portal.catalog.internal.requests.SecretBox;
import dev.skyway.portal.catalog.internal.sandbox.SandboxAccount;
import dev.skyway.portal.catalog.internal.sandbox.SandboxCatalogSource;
import dev.skyway.portal.catalog.internal.sandbox.SandboxNetwork;
import dev.skyway.portal.catalog.internal.sandbox.SandboxProvisioner;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Picks the catalog source and the provisioner for {@code portal.aws.mode}: the AWS Service Catalog API or the
 * sandbox account.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CatalogProperties.class, SecretsProperties.class})
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

    @Bean
    Provisioner provisioner(AwsClientFactory aws, DSLContext db, Clock clock, CatalogProperties properties) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxProvisioner(db, clock, properties.sandbox().provisioningDelay());
        }
        return new AwsProvisioner(aws.create(ServiceCatalogClient.builder()));
    }

    @Bean
    NetworkLookup networkLookup(AwsClientFactory aws, CatalogProperties properties,
                                MemberAccountCredentials memberCredentials) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxNetwork();
        }
        // without a role in the member accounts the portal would list its own account's resources under another
        // account's name: the pickers say what to configure and the form takes text instead
        return new AwsNetworkLookup(aws.create(Ec2Client.builder()), aws.create(SsmClient.builder()),
                properties.lookupRoleName() != null ? memberCredentials : account -> {
                    throw new NetworkLookupException("The portal has no role to look into account " + account
                            + " (set portal.catalog.lookup-role-name)", null, null);
                });
    }

    @Bean
    MemberAccountCredentials memberAccountCredentials(AwsClientFactory aws, CatalogProperties properties) {
        String role = aws.mode() == AwsMode.SANDBOX ? null : properties.lookupRoleName();
        return new MemberAccountCredentials(role == null ? null : aws.create(StsClient.builder()), role,
                "skyway-parameter-pickers");
    }

    @Bean
    SecretBox requestSecretBox(SecretsProperties secrets, CatalogProperties properties) {
        return new SecretBox(secrets.keys(), secrets.activeKeyId(), properties.secretKey());
    }
}
