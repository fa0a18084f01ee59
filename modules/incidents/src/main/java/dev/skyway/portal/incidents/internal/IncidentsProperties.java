package dev.skyway.portal.incidents.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The incidents settings ({@code portal.incidents.*}). A missing setting takes its documented default.
 *
 * @param sns                 how SNS messages are verified
 * @param rawPayloadRetention how long the raw payload of an accepted message is kept; default 30 days
 * @param rawPayloadPurgeInterval pause between two purges of older raw payloads; default 1 hour
 * @param actionItemReminders the scheduled look for overdue postmortem action items
 */
@ConfigurationProperties("portal.incidents")
public record IncidentsProperties(@Nullable Sns sns, @Nullable Duration rawPayloadRetention,
                                  @Nullable Duration rawPayloadPurgeInterval,
                                  @Nullable ActionItemReminders actionItemReminders) {

    public IncidentsProperties {
        sns = sns == null ? new Sns(null, null, null, null, null) : sns;
        rawPayloadRetention = rawPayloadRetention == null ? Duration.ofDays(30) : rawPayloadRetention;
        rawPayloadPurgeInterval = rawPayloadPurgeInterval == null ? Duration.ofHours(1) : rawPayloadPurgeInterval;
        actionItemReminders = actionItemReminders == null ? new ActionItemReminders(null) : actionItemReminders;
    }

    /** @param interval pause between two looks for overdue action items; default 1 hour */
    public record ActionItemReminders(@Nullable Duration interval) {

        public ActionItemReminders {
            interval = interval == null ? Duration.ofHours(1) : interval;
        }
    }

    /**
     * @param certUrlPattern      a regular expression the whole SigningCertURL must match before the certificate is
     *                            fetched; default {@value #DEFAULT_CERT_URL_PATTERN}
     * @param subscribeUrlPattern a regular expression the whole SubscribeURL must match before it is visited to
     *                            confirm a subscription; default {@value #DEFAULT_SUBSCRIBE_URL_PATTERN}
     * @param trustAnchors        PEM certificates the signing certificate must be or be issued by; default the shipped
     *                            Amazon Trust Services roots and Amazon RSA 2048 M01-M04 intermediates
     *                            ({@code classpath:incidents/sns-trust-anchors.pem})
     * @param maxMessageAge       how old a message's Timestamp may be; older ones are refused as replays; default 1 hour
     * @param fetchTimeout        timeout of fetching a certificate or visiting a SubscribeURL; default 10 seconds
     */
    public record Sns(@Nullable String certUrlPattern, @Nullable String subscribeUrlPattern,
                      @Nullable Resource trustAnchors, @Nullable Duration maxMessageAge,
                      @Nullable Duration fetchTimeout) {

        public static final String DEFAULT_CERT_URL_PATTERN =
                "https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/[A-Za-z0-9._-]+\\.pem";
        public static final String DEFAULT_SUBSCRIBE_URL_PATTERN =
                "https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/\\?Action=ConfirmSubscription&[^#\\s]*";

        public Sns {
            certUrlPattern = certUrlPattern == null || certUrlPattern.isBlank() ? DEFAULT_CERT_URL_PATTERN
                    : certUrlPattern;
            subscribeUrlPattern = subscribeUrlPattern == null || subscribeUrlPattern.isBlank()
                    ? DEFAULT_SUBSCRIBE_URL_PATTERN : subscribeUrlPattern;
            trustAnchors = trustAnchors == null ? new ClassPathResource("incidents/sns-trust-anchors.pem")
                    : trustAnchors;
            maxMessageAge = maxMessageAge == null ? Duration.ofHours(1) : maxMessageAge;
            fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(10) : fetchTimeout;
        }
    }
}
