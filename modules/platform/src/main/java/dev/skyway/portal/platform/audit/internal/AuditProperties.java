package dev.skyway.portal.platform.audit.internal;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.audit.*}. Null arguments take the documented defaults.
 *
 * @param keys        HMAC keys of the ledger: key id (lowercase letters, digits, {@code -}) to the Base64 of at least
 *                    32 random bytes. Keep every key that signed entries: old entries verify with the key they
 *                    name. Empty = no key configured (see {@code requireKey}).
 * @param activeKeyId the key that signs new entries; may be left out when exactly one key is configured
 * @param requireKey  refuse to start without a configured key (the {@code oidc} profile sets it); default false, and
 *                    then a public development key signs entries, with a warning in the log
 * @param anchor      writing the chain head outside the database
 */
@ConfigurationProperties("portal.audit")
public record AuditProperties(Map<String, String> keys, @Nullable String activeKeyId, Boolean requireKey,
                              Anchor anchor) {

    public AuditProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        activeKeyId = activeKeyId == null || activeKeyId.isBlank() ? null : activeKeyId.strip();
        requireKey = requireKey != null && requireKey;
        anchor = anchor == null ? new Anchor(null, null, null) : anchor;
    }

    /**
     * @param enabled  write anchors on a schedule; default true (a log line at least)
     * @param interval pause between anchors; default 1h (also the delay of the first one after start)
     * @param s3       the S3 sink; off unless a bucket is set
     */
    public record Anchor(Boolean enabled, Duration interval, S3 s3) {

        public Anchor {
            enabled = enabled == null || enabled;
            interval = interval == null ? Duration.ofHours(1) : interval;
            s3 = s3 == null ? new S3(null, null, null, null, null) : s3;
        }
    }

    /**
     * @param bucket    an S3 bucket created with Object Lock enabled; without one, no S3 sink
     * @param prefix    key prefix of the anchor objects; default {@code audit-anchors/}
     * @param mode      Object Lock mode, {@code COMPLIANCE} (default: nobody, not even root, can delete early) or
     *                  {@code GOVERNANCE}
     * @param retention how long each anchor object is locked; default 400 days
     * @param pathStyle address the bucket in the path instead of the host name (S3-compatible stores, tests);
     *                  default false
     */
    public record S3(@Nullable String bucket, String prefix, String mode, Duration retention, Boolean pathStyle) {

        public S3 {
            bucket = bucket == null || bucket.isBlank() ? null : bucket.strip();
            prefix = prefix == null ? "audit-anchors/" : prefix;
            mode = mode == null ? "COMPLIANCE" : mode;
            retention = retention == null ? Duration.ofDays(400) : retention;
            pathStyle = pathStyle != null && pathStyle;
        }
    }
}
