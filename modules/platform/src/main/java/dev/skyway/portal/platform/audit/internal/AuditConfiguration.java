package dev.skyway.portal.platform.audit.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The ledger's HMAC keys from {@code portal.audit.keys}. Without keys, production ({@code portal.audit.require-key},
 * set by the {@code oidc} profile) refuses to start; local runs and tests sign with the public development key and
 * say so in the log, because a ledger signed with a published key proves nothing to an auditor. Also the S3 anchor
 * sink, when {@code portal.audit.anchor.s3.bucket} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(AuditConfiguration.class);

    @Bean
    AuditKeys auditKeys(AuditProperties properties) {
        if (properties.keys().isEmpty()) {
            if (properties.requireKey()) {
                throw new IllegalStateException("The audit ledger has no HMAC key: set portal.audit.keys.<id> "
                        + "(PORTAL_AUDIT_KEYS_<ID>, Base64 of 32 random bytes: openssl rand -base64 32) and "
                        + "portal.audit.active-key-id (PORTAL_AUDIT_ACTIVEKEYID)");
            }
            LOG.warn("Audit ledger: no portal.audit.keys configured, entries are signed with the PUBLIC development "
                    + "key '{}'. Their HMACs prove nothing: configure a key of your own outside local development.",
                    AuditKeys.DEVELOPMENT_KEY_ID);
            return AuditKeys.development();
        }
        AuditKeys keys = AuditKeys.of(properties.keys(), properties.activeKeyId());
        LOG.info("Audit ledger: new entries are signed with key '{}'; entries of keys {} verify", keys.activeKeyId(),
                keys.ids());
        return keys;
    }

    @Bean
    @ConditionalOnExpression("'${portal.audit.anchor.s3.bucket:}' != ''")
    S3AnchorSink s3AnchorSink(AwsClientFactory aws, AuditProperties properties) {
        AuditProperties.S3 settings = properties.anchor().s3();
        return new S3AnchorSink(aws.create(S3Client.builder().forcePathStyle(settings.pathStyle())), settings);
    }

    /**
     * Anchors the audit chain every {@code portal.audit.anchor.interval} (also the delay of the first one after start;
     * off with {@code portal.audit.anchor.enabled=false}), once per interval across replicas.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.audit.anchor.enabled", matchIfMissing = true)
    PeriodicJob auditAnchorJob(AuditAnchoring anchoring, AuditProperties properties) {
        Duration interval = properties.anchor().interval();
        return PeriodicJob.of("audit-anchor", new Schedule(interval, interval), Duration.ofMinutes(10),
                anchoring::anchorNow);
    }
}
