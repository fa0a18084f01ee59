package dev.skyway.portal.platform.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.skyway.portal.platform.audit.AuditAnchor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each anchor as a JSON object to an S3 bucket with Object Lock: the object is locked until
 * {@code anchoredAt + retention} in the configured mode, so neither the portal nor a database administrator can
 * change or delete it before then (in COMPLIANCE mode not even the account's root user). One object per anchored
 * sequence number, named so that a listing sorts in chain order.
 */
final class S3AnchorSink implements AuditAnchorSink {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final S3Client s3;
    private final AuditProperties.S3 settings;
    private final ObjectLockMode mode;

    S3AnchorSink(S3Client s3, AuditProperties.S3 settings) {
        this.s3 = s3;
        this.settings = settings;
        this.mode = ObjectLockMode.fromValue(settings.mode());
        if (mode == ObjectLockMode.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("portal.audit.anchor.s3.mode must be COMPLIANCE or GOVERNANCE");
        }
    }

    static String objectKey(String prefix, AuditAnchor anchor) {
        return prefix + anchor.chain() + "/" + "%020d".formatted(anchor.seq()) + ".json";
    }

    @Override
    public String name() {
        return "s3://" + settings.bucket() + "/" + settings.prefix();
    }

    @Override
    public void write(AuditAnchor anchor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chain", anchor.chain());
        body.put("seq", anchor.seq());
        body.put("hash", anchor.hash());
        body.put("anchoredAt", anchor.anchoredAt().toString());
        s3.putObject(PutObjectRequest.builder()
                .bucket(settings.bucket())
                .key(objectKey(settings.prefix(), anchor))
                .contentType("application/json")
                .objectLockMode(mode)
                .objectLockRetainUntilDate(anchor.anchoredAt().plus(settings.retention()))
                // S3 refuses a PutObject with Object Lock settings unless it carries an integrity checksum
                .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                .build(), RequestBody.fromString(JSON.writeValueAsString(body)));
    }
}
