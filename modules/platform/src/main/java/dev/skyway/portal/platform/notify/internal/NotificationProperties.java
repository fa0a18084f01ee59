package dev.skyway.portal.platform.notify.internal;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.notifications.*}: both channels are off unless enabled. The SMTP server itself is configured with
 * Spring Boot's {@code spring.mail.*}.
 *
 * @param email   a missing one takes the defaults
 * @param webhook a missing one takes the defaults
 */
@Validated
@ConfigurationProperties("portal.notifications")
public record NotificationProperties(@Valid Email email, @Valid Webhook webhook) {

    public NotificationProperties {
        email = email == null ? new Email(false, null) : email;
        webhook = webhook == null ? new Webhook(false, null, null, null) : webhook;
    }

    /**
     * @param enabled default false
     * @param from    sender address; required when enabled
     */
    public record Email(boolean enabled, @jakarta.validation.constraints.Email @Nullable String from) {

        @AssertTrue(message = "portal.notifications.email.from is required when email is enabled")
        public boolean isFromSetWhenEnabled() {
            return !enabled || (from != null && !from.isBlank());
        }
    }

    /**
     * @param enabled        default false
     * @param url            the incoming-webhook URL, a secret (never logged); required (http or https) when enabled
     * @param connectTimeout default 2s
     * @param readTimeout    default 5s
     */
    public record Webhook(boolean enabled, @Nullable URI url, @NotNull Duration connectTimeout,
                          @NotNull Duration readTimeout) {

        public Webhook {
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        }

        @AssertTrue(message = "portal.notifications.webhook.url (http or https) is required when the webhook is enabled")
        public boolean isUrlSetWhenEnabled() {
            return !enabled || (url != null && url.getHost() != null
                    && ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme())));
        }

        @AssertTrue(message = "portal.notifications.webhook timeouts must be positive")
        public boolean isTimeoutsPositive() {
            return connectTimeout.isPositive() && readTimeout.isPositive();
        }

        /** Keeps the secret URL out of toString() (and thus out of logs and failure analyses). */
        @Override
        public String toString() {
            return "Webhook[enabled=" + enabled + ", url=" + (url == null ? "null" : "***")
                    + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
        }
    }
}
