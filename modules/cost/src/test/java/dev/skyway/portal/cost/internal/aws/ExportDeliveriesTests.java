package dev.skyway.portal.cost.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Data Exports deliveries through a real S3 client against WireMock, path-style, with S3's REST XML: ListObjectsV2
 * ({@code GET /bucket?list-type=2}, continuation tokens, url-encoded keys) and GetObject.
 */
class ExportDeliveriesTests {

    static final String BUCKET = "billing-exports";
    static final String ROOT = "cur/focus-daily/";
    static final String OCT_MANIFEST = ROOT + "metadata/BILLING_PERIOD=2025-10/focus-daily-Manifest.json";
    static final String NOV_MANIFEST = ROOT + "metadata/BILLING_PERIOD=2025-11/focus-daily-Manifest.json";
    static final String NOV_OLD_MANIFEST = ROOT
            + "metadata/BILLING_PERIOD=2025-11/20251102T0612Z/focus-daily-Manifest.json";
    static final String NOV_FILE_1 = ROOT + "data/BILLING_PERIOD=2025-11/focus-daily-00001.csv.gz";
    static final String NOV_FILE_2 = ROOT + "data/BILLING_PERIOD=2025-11/focus-daily-00002.csv.gz";
    static final String OCT_FILE = ROOT + "data/BILLING_PERIOD=2025-10/focus-daily-00001.snappy.parquet";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @TempDir
    Path downloads;

    AwsClientFactory factory;

    ExportDeliveries deliveries(String prefix, int attempts) {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), attempts);
        factory = new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        // path style, so that WireMock sees the bucket in the path: GET /billing-exports?list-type=2
        S3Client s3 = factory.create(S3Client.builder().forcePathStyle(true));
        return new ExportDeliveries(s3, BUCKET, prefix);
    }

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void findsTheNewestManifestOfEveryBillingPeriodAcrossListingPages() {
        stubListing();
        stubObject(OCT_MANIFEST, manifest("2025-10", "exec-oct", OCT_FILE).getBytes(UTF_8));
        stubObject(NOV_MANIFEST, manifest("2025-11", "exec-nov-2", NOV_FILE_1, NOV_FILE_2).getBytes(UTF_8));

        List<ExportDelivery> found = deliveries("cur/focus-daily", 3).latestDeliveries();

        assertThat(found).extracting(ExportDelivery::billingPeriod).containsExactly("2025-10", "2025-11");
        ExportDelivery november = found.get(1);
        assertThat(november.manifestKey()).isEqualTo(NOV_MANIFEST);
        assertThat(november.eTag()).isEqualTo("9b2cf535f27731c974343645a3985328");
        assertThat(november.lastModified()).isEqualTo(Instant.parse("2025-11-20T06:12:41Z"));
        assertThat(november.manifest().executionId()).isEqualTo("exec-nov-2");
        assertThat(november.manifest().dataFileKeys()).containsExactly(NOV_FILE_1, NOV_FILE_2);
        assertThat(november.manifest().deliveredAt()).isEqualTo(november.lastModified());
        assertThat(found.getFirst().manifest().dataFileKeys()).containsExactly(OCT_FILE);
        // the listing asked for the prefix as a folder, and the second page with S3's continuation token
        aws.verify(getRequestedFor(urlPathEqualTo("/" + BUCKET)).withQueryParam("list-type", equalTo("2"))
                .withQueryParam("prefix", equalTo(ROOT)).withQueryParam("encoding-type", equalTo("url"))
                .withQueryParam("continuation-token", absent()));
        aws.verify(getRequestedFor(urlPathEqualTo("/" + BUCKET))
                .withQueryParam("continuation-token", equalTo("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=")));
        // an older execution of the same period is never fetched
        aws.verify(0, getRequestedFor(urlPathMatching(".*/20251102T0612Z/.*")));
    }

    @Test
    void downloadsEveryDataFileUnderItsOwnNameStreamedToDisk() throws IOException {
        stubListing();
        stubObject(OCT_MANIFEST, manifest("2025-10", "exec-oct", OCT_FILE).getBytes(UTF_8));
        stubObject(NOV_MANIFEST, manifest("2025-11", "exec-nov-2", NOV_FILE_1, NOV_FILE_2).getBytes(UTF_8));
        byte[] first = gzipLike(70_000, 1);
        byte[] second = gzipLike(1_234, 2);
        stubObject(NOV_FILE_1, first);
        stubObject(NOV_FILE_2, second);
        ExportDeliveries exports = deliveries("cur/focus-daily/", 3);
        ExportDelivery november = exports.latestDeliveries().get(1);

        List<Path> files = exports.download(november, downloads.resolve("2025-11"));

        assertThat(files).extracting(path -> path.getFileName().toString())
                .containsExactly("focus-daily-00001.csv.gz", "focus-daily-00002.csv.gz");
        assertThat(files.get(0)).hasBinaryContent(first);
        assertThat(files.get(1)).hasBinaryContent(second);
        try (var left = Files.list(downloads.resolve("2025-11"))) {
            assertThat(left).hasSize(2); // no .part files stay behind
        }
    }

    @Test
    void aSecondDownloadOfTheSameDeliveryReplacesTheFiles() throws IOException {
        stubObject(NOV_FILE_1, "new".getBytes(UTF_8));
        Path directory = Files.createDirectories(downloads.resolve("again"));
        Files.writeString(directory.resolve("focus-daily-00001.csv.gz"), "old");
        ExportManifest manifest = new ExportManifest("2025-11", List.of(NOV_FILE_1), "e", Instant.EPOCH,
                "focus-daily", null, List.of());

        List<Path> files = deliveries(ROOT, 3).download(new ExportDelivery("2025-11", NOV_MANIFEST, "etag",
                Instant.EPOCH, manifest), directory);

        assertThat(files.getFirst()).hasContent("new");
    }

    @Test
    void slowDownIsRetriedByTheClient() {
        stubListing();
        aws.stubFor(listing().atPriority(1).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(s3Error(503, "SlowDown", "Please reduce your request rate.")).willSetStateTo("calm"));
        stubObject(OCT_MANIFEST, manifest("2025-10", "exec-oct", OCT_FILE).getBytes(UTF_8));
        stubObject(NOV_MANIFEST, manifest("2025-11", "exec-nov-2", NOV_FILE_1).getBytes(UTF_8));

        assertThat(deliveries(ROOT, 3).latestDeliveries()).hasSize(2);
    }

    @Test
    void aRefusedListingSaysWhatThePortalNeeds() {
        aws.stubFor(listing().willReturn(s3Error(403, "AccessDenied", "Access Denied")));

        assertThatThrownBy(() -> deliveries(ROOT, 3).latestDeliveries())
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.ACCESS_DENIED);
                    assertThat(e.failure().requestId()).isEqualTo("4442587FB7D0A2F9");
                    assertThat(e.getMessage()).contains("list the Data Exports deliveries in s3://billing-exports/"
                            + ROOT, "s3:ListBucket on billing-exports");
                });
    }

    @Test
    void aMissingDataFileFailsTheDownloadAndLeavesNoPartialFile() throws IOException {
        aws.stubFor(get(urlPathMatching(Pattern.quote("/" + BUCKET + "/") + ".*")).willReturn(
                s3Error(404, "NoSuchKey", "The specified key does not exist.")));
        ExportManifest manifest = new ExportManifest("2025-11", List.of(NOV_FILE_1), "e", Instant.EPOCH,
                "focus-daily", null, List.of());
        Path directory = downloads.resolve("missing");

        assertThatThrownBy(() -> deliveries(ROOT, 3).download(new ExportDelivery("2025-11", NOV_MANIFEST, "etag",
                Instant.EPOCH, manifest), directory))
                .isInstanceOfSatisfying(AwsCallException.class,
                        e -> assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.NOT_FOUND));
        try (var left = Files.list(directory)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aKeyWithoutAFileNameIsRefused() {
        assertThatThrownBy(() -> ExportDeliveries.fileName("cur/focus-daily/data/")).isInstanceOf(
                ExportManifestException.class);
        assertThatThrownBy(() -> ExportDeliveries.fileName("cur/..")).isInstanceOf(ExportManifestException.class);
        assertThat(ExportDeliveries.fileName("a/b/focus-00001.snappy.parquet")).isEqualTo("focus-00001.snappy.parquet");
    }

    @Test
    void theBucketIsRequired() {
        assertThatThrownBy(() -> new ExportDeliveries(S3Client.builder().region(
                software.amazon.awssdk.regions.Region.EU_CENTRAL_1).build(), " ", ROOT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portal.cost.exports.bucket");
    }

    // --- S3's REST XML as WireMock answers it

    private static MappingBuilder listing() {
        return get(urlPathEqualTo("/" + BUCKET)).withQueryParam("list-type", equalTo("2"));
    }

    /**
     * Two pages as S3 writes them with {@code encoding-type=url} (which the adapter asks for, the SDK decodes): the first
     * truncated with a continuation token, the second closing the listing. Both manifests of November are there
     * (one in an execution folder), besides data files and another metadata file.
     */
    private static void stubListing() {
        aws.stubFor(listing().withQueryParam("continuation-token", absent()).willReturn(xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                  <Name>billing-exports</Name><Prefix>cur/focus-daily/</Prefix><KeyCount>3</KeyCount>
                  <MaxKeys>1000</MaxKeys><EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>
                  <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>
                  %s%s%s
                </ListBucketResult>""".formatted(
                contents(OCT_FILE, "2025-11-03T06:10:02.000Z", "b1946ac92492d2347c6235b4d2611184-3", 21_456_789),
                contents(OCT_MANIFEST, "2025-11-03T06:10:40.000Z", "5d41402abc4b2a76b9719d911017c592", 4_211),
                contents(NOV_OLD_MANIFEST, "2025-11-02T06:12:40.000Z", "0cc175b9c0f1b6a831c399e269772661", 4_180)))));
        aws.stubFor(listing().withQueryParam("continuation-token",
                equalTo("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=")).willReturn(xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
                  <Name>billing-exports</Name><Prefix>cur/focus-daily/</Prefix><KeyCount>4</KeyCount>
                  <MaxKeys>1000</MaxKeys><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>
                  <ContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</ContinuationToken>
                  %s%s%s%s
                </ListBucketResult>""".formatted(
                contents(NOV_FILE_1, "2025-11-20T06:11:58.000Z", "e2fc714c4727ee9395f324cd2e7f331f", 70_000),
                contents(NOV_FILE_2, "2025-11-20T06:12:01.000Z", "a87ff679a2f3e71d9181a67b7542122c", 1_234),
                contents(NOV_MANIFEST, "2025-11-20T06:12:41.000Z", "9b2cf535f27731c974343645a3985328", 4_230),
                contents(ROOT + "metadata/BILLING_PERIOD=2025-11/focus-daily-create-table.sql",
                        "2025-11-20T06:12:41.000Z", "8fa14cdd754f91cc6554c9e71929cce7", 2_048)))));
    }

    private static String contents(String key, String lastModified, String eTag, long size) {
        return "<Contents><Key>" + key.replace("=", "%3D") + "</Key><LastModified>" + lastModified
                + "</LastModified><ETag>&quot;" + eTag + "&quot;</ETag><Size>" + size
                + "</Size><StorageClass>STANDARD</StorageClass></Contents>";
    }

    /** The SDK sends {@code =} in a key's path percent-encoded; either spelling matches. */
    private static void stubObject(String key, byte[] body) {
        aws.stubFor(get(urlPathMatching(Pattern.quote("/" + BUCKET + "/")
                + Pattern.quote(key).replace("=", "\\E(=|%3D)\\Q")))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/octet-stream")
                        .withHeader("ETag", "\"etag-of-" + key.hashCode() + "\"")
                        .withHeader("Last-Modified", "Thu, 20 Nov 2025 06:12:41 GMT")
                        .withHeader("x-amz-request-id", "4442587FB7D0A2F9").withBody(body)));
    }

    private static String manifest(String period, String executionId, String... files) {
        StringBuilder json = new StringBuilder("{\"executionId\":\"" + executionId + "\",\"exportArn\":"
                + "\"arn:aws:bcm-data-exports:us-east-1:111111111111:export/focus-daily-4f1c0b8e\","
                + "\"columns\":[{\"name\":\"BilledCost\",\"type\":\"decimal(19,10)\"}],\"dataFiles\":[");
        for (int i = 0; i < files.length; i++) {
            json.append(i == 0 ? "" : ",").append("\"s3://").append(BUCKET).append('/').append(files[i]).append('"');
        }
        assertThat(files).allMatch(f -> f.contains("BILLING_PERIOD=" + period));
        return json.append("]}").toString();
    }

    private static ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/xml")
                .withHeader("x-amz-request-id", "4442587FB7D0A2F9").withBody(body);
    }

    private static ResponseDefinitionBuilder s3Error(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
                .withHeader("x-amz-request-id", "4442587FB7D0A2F9").withBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <Error><Code>%s</Code><Message>%s</Message><RequestId>4442587FB7D0A2F9</RequestId>\
                        <HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId></Error>"""
                        .formatted(code, message));
    }

    /** Bytes that look like a gzip stream (magic number first), so nothing is mistaken for text. */
    private static byte[] gzipLike(int size, int seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        bytes[0] = (byte) 0x1f;
        bytes[1] = (byte) 0x8b;
        return bytes;
    }
}
