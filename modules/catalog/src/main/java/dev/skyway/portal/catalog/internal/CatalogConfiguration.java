package dev.skyway.portal.catalog.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.catalog.internal.aws.AwsCatalogSource;
import dev.skyway.portal.catalog.internal.aws.TemplateFetcher;
import dev.skyway.portal.catalog.internal.sandbox.SandboxAccount;
import dev.skyway.portal.catalog.internal.sandbox.SandboxCatalogSource;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;

import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;

/** Picks the catalog source for {@code portal.aws.mode}: the AWS Service Catalog API or the sandbox account. */
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
}
