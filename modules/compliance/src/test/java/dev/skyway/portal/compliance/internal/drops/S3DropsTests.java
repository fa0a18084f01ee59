package dev.skyway.portal.compliance.internal.drops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 drop adapter against WireMock answering as S3 does (REST-XML, path-style): ListObjectsV2 follows
 * {@code NextContinuationToken} while {@code IsTruncated}, decodes url-encoded keys and unquotes ETags; a
 * {@code 503 SlowDown} is retried by the platform's client; GetObject streams the file to disk; AccessDenied is told in
 * the portal's words.
 */
class S3DropsTests {

    static final String BUCKET = "skyway-findings";
    static final String TOKEN = "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=";

    @RegisterExtension
    static final WireMockExtension s3 = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    AwsClientFactory factory;
    S3Drops drops;

    @BeforeEach
    void client() {
        factory = new AwsClientFactory(new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(s3.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 3),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        drops = new S3Drops(factory.create(S3Client.builder().forcePathStyle(true)), BUCKET, "prowler/");
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void listsEveryPageRetryingSlowDown() {
        s3.stubFor(get(urlPathEqualTo("/" + BUCKET)).withQueryParam("list-type", equalTo("2"))
                .withQueryParam("prefix", equalTo("prowler/")).withQueryParam("continuation-token", absent())
                .willReturn(xml(page(true, """
                        <Contents><Key>prowler/output/prowler-output-382272806015-20261201.ocsf.json</Key>\
                        <LastModified>2026-12-01T06:00:00.000Z</LastModified>\
                        <ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>48213</Size>\
                        <StorageClass>STANDARD</StorageClass></Contents>
                        <Contents><Key>prowler/output/</Key><LastModified>2026-12-01T05:00:00.000Z</LastModified>\
                        <ETag>&quot;d41d8cd98f00b204e9800998ecf8427e&quot;</ETag><Size>0</Size>\
                        <StorageClass>STANDARD</StorageClass></Contents>"""))));
        s3.stubFor(get(urlPathEqualTo("/" + BUCKET)).withQueryParam("continuation-token", equalTo(TOKEN))
                .inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/xml")
                        .withHeader("x-amz-request-id", "4442587FB7D0A2F9").withBody("""
                                <?xml version="1.0" encoding="UTF-8"?>
                                <Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message>\
                                <RequestId>4442587FB7D0A2F9</RequestId><HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7\
                                /C1NPcfTWAtRPfTaOFg==</HostId></Error>"""))
                .willSetStateTo("answered"));
        s3.stubFor(get(urlPathEqualTo("/" + BUCKET)).withQueryParam("continuation-token", equalTo(TOKEN))
                .inScenario("throttled").whenScenarioStateIs("answered")
                .willReturn(xml(page(false, """
                        <Contents><Key>prowler/output/scan%20two.csv</Key>\
                        <LastModified>2026-12-02T06:00:00.000Z</LastModified>\
                        <ETag>&quot;a3b1c2d4e5f60718293a4b5c6d7e8f90-2&quot;</ETag><Size>9120</Size>\
                        <StorageClass>STANDARD</StorageClass></Contents>"""))));

        List<DroppedObject> objects = drops.list();

        assertThat(objects).containsExactly(
                new DroppedObject("prowler/output/prowler-output-382272806015-20261201.ocsf.json",
                        "9b2cf535f27731c974343645a3985328", 48213, Instant.parse("2026-12-01T06:00:00Z")),
                new DroppedObject("prowler/output/scan two.csv", "a3b1c2d4e5f60718293a4b5c6d7e8f90-2", 9120,
                        Instant.parse("2026-12-02T06:00:00Z")));
        s3.verify(2, getRequestedFor(urlPathEqualTo("/" + BUCKET)).withQueryParam("continuation-token",
                equalTo(TOKEN)));
        s3.verify(1, getRequestedFor(urlPathEqualTo("/" + BUCKET)).withQueryParam("encoding-type",
                equalTo("url")).withQueryParam("continuation-token", absent()));
    }

    @Test
    void downloadsAnObjectToAFile(@TempDir Path dir) throws Exception {
        s3.stubFor(get(urlPathEqualTo("/" + BUCKET + "/prowler/output/scan.ocsf.json")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("ETag", "\"9b2cf535f27731c974343645a3985328\"").withBody("[{\"class_uid\":2004}]")));
        Path target = Files.writeString(dir.resolve("findings-1.upload"), "stale");

        drops.download(new DroppedObject("prowler/output/scan.ocsf.json", "9b2cf535f27731c974343645a3985328", 20,
                Instant.parse("2026-12-01T06:00:00Z")), target);

        assertThat(Files.readString(target)).isEqualTo("[{\"class_uid\":2004}]");
        assertThat(dir.resolve("findings-1.upload.part")).doesNotExist();
    }

    @Test
    void accessDeniedIsToldWithThePermissionNeeded() {
        s3.stubFor(get(urlPathEqualTo("/" + BUCKET)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/xml").withHeader("x-amz-request-id", "7D2E6A1B")
                .withBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Error><Code>AccessDenied</Code><Message>Access Denied</Message>\
                        <RequestId>7D2E6A1B</RequestId><HostId>host</HostId></Error>""")));

        assertThatThrownBy(drops::list).isInstanceOfSatisfying(AwsCallException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.ACCESS_DENIED);
            assertThat(e.getMessage()).contains("s3:ListBucket on " + BUCKET, "s3://" + BUCKET + "/prowler/");
            assertThat(e.failure().requestId()).isEqualTo("7D2E6A1B");
        });
    }

    private static String page(boolean truncated, String contents) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">\
                <Name>%s</Name><Prefix>prowler%%2F</Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys>\
                <EncodingType>url</EncodingType><IsTruncated>%s</IsTruncated>%s
                %s
                </ListBucketResult>""".formatted(BUCKET, truncated, truncated
                ? "<NextContinuationToken>" + TOKEN + "</NextContinuationToken>" : "", contents);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withHeader("x-amz-request-id", "0A49CE4060975EAC").withBody(body);
    }
}
