package dev.skyway.portal.platform.audit.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.audit.AuditAnchor;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** A real S3 client from the platform factory, writing anchors to WireMock on loopback (S3's REST/XML protocol). */
class S3AnchorSinkTests {

    static final String BUCKET = "skyway-audit-anchors";
    static final String OBJECT = "/" + BUCKET + "/audit-anchors/main/00000000000000000042.json";
    static final AuditAnchor ANCHOR = new AuditAnchor("main", 42, "ab".repeat(32),
            Instant.parse("2026-12-03T06:00:00Z"));

    @RegisterExtension
    static final WireMockExtension s3 = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private AwsClientFactory factory;

    @AfterEach
    void closeFactory() {
        factory.close();
    }

    private S3AnchorSink sink(String mode) {
        AwsProperties aws = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null, URI.create(s3.baseUrl()),
                null, null, 1);
        factory = new AwsClientFactory(aws, StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        AuditProperties.S3 settings = new AuditProperties.S3(BUCKET, null, mode, Duration.ofDays(400), true);
        return new S3AnchorSink(factory.create(S3Client.builder().forcePathStyle(true)), settings);
    }

    @Test
    void putsTheAnchorAsAnObjectLockedInComplianceModeUntilTheRetentionEnds() {
        s3.stubFor(put(urlPathEqualTo(OBJECT)).willReturn(aResponse().withStatus(200)
                .withHeader("ETag", "\"6805f2cfc46c0f04559748bb039d69ae\"")));

        sink("COMPLIANCE").write(ANCHOR);

        s3.verify(putRequestedFor(urlPathEqualTo(OBJECT))
                .withHeader("x-amz-object-lock-mode", equalTo("COMPLIANCE"))
                .withHeader("x-amz-object-lock-retain-until-date", matching("2028-01-07T06:00:00(\\.000)?Z"))
                .withHeader("Content-Type", equalTo("application/json"))
                // Object Lock puts must carry an integrity checksum
                .withHeader("x-amz-sdk-checksum-algorithm", equalTo("SHA256"))
                .withHeader("Authorization", containing("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"))
                .withRequestBody(containing("\"seq\":42"))
                .withRequestBody(containing("\"hash\":\"" + "ab".repeat(32) + "\""))
                .withRequestBody(containing("\"anchoredAt\":\"2026-12-03T06:00:00Z\"")));
    }

    @Test
    void aBucketWithoutObjectLockIsAnErrorNotASilentPlainPut() {
        s3.stubFor(put(urlPathEqualTo(OBJECT)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/xml")
                .withHeader("x-amz-request-id", "REQ123")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>InvalidRequest</Code>"
                        + "<Message>Bucket is missing Object Lock Configuration</Message>"
                        + "<RequestId>REQ123</RequestId></Error>")));

        assertThatThrownBy(() -> sink("GOVERNANCE").write(ANCHOR))
                .isInstanceOf(S3Exception.class)
                .hasMessageContaining("Object Lock");
        s3.verify(putRequestedFor(urlPathEqualTo(OBJECT))
                .withHeader("x-amz-object-lock-mode", equalTo("GOVERNANCE")));
    }

    @Test
    void anUnknownLockModeIsRefusedAtStartup() {
        assertThatThrownBy(() -> sink("FOREVER")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("COMPLIANCE or GOVERNANCE");
    }
}
