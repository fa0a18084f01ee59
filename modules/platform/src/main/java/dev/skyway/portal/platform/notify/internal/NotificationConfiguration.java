package dev.skyway.portal.platform.notify.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.client.RestClient;

/**
 * One bean per enabled channel; a disabled channel has no bean and so sends nothing. Email needs Spring Boot's
 * {@link JavaMailSender}, which exists when {@code spring.mail.host} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    @Order(1)
    @ConditionalOnBooleanProperty("portal.notifications.email.enabled")
    EmailChannel emailChannel(JavaMailSender mailSender, NotificationProperties properties) {
        return new EmailChannel(mailSender, properties.email().from());
    }

    @Bean
    @Order(2)
    @ConditionalOnBooleanProperty("portal.notifications.webhook.enabled")
    WebhookChannel webhookChannel(ObjectProvider<RestClient.Builder> builders, NotificationProperties properties) {
        return WebhookChannel.create(builders.getIfAvailable(RestClient::builder), properties.webhook());
    }
}
