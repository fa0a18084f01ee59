package dev.skyway.portal.catalog.internal;

import java.time.Clock;

import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.catalog.internal.aws.AwsCatalogSource;
import dev.skyway.portal.catalog.internal.aws.AwsProvisioner;
import dev.skyway.portal.catalog.internal.aws.TemplateFetcher;
import dev.skyway.portal.catalog.internal.requests.SecretBox;
import dev.skyway.portal.catalog.internal.sandbox.SandboxAccount;
import dev.skyway.portal.catalog.internal.sandbox.SandboxCatalogSource;
import dev.skyway.portal.catalog.internal.sandbox.SandboxProvisioner;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;

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
    SecretBox requestSecretBox(SecretsProperties secrets, CatalogProperties properties) {
        return new SecretBox(secrets.keys(), secrets.activeKeyId(), properties.secretKey());
    }
}
