package dev.skyway.portal.platform.aws.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The factory on the default credentials chain (environment, system properties, web identity, profile, container,
 * instance profile). Nothing here calls AWS at startup, so sandbox mode needs no credentials.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AwsProperties.class)
class AwsConfiguration {

    @Bean
    AwsClientFactory awsClientFactory(AwsProperties properties) {
        return new AwsClientFactory(properties, DefaultCredentialsProvider.builder().build());
    }
}
