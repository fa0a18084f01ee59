package dev.skyway.portal.platform.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.error;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.ok;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.operation;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.record;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.servicecatalog.model.DescribeRecordResponse;
import software.amazon.awssdk.services.servicecatalog.model.ListPortfoliosResponse;
import software.amazon.awssdk.services.servicecatalog.model.PortfolioDetail;
import software.amazon.awssdk.services.servicecatalog.model.RecordOutput;

/**
 * Page tokens followed with a real client: Service Catalog's {@code DescribeRecord} pages its outputs with
 * {@code PageToken}/{@code NextPageToken} and the SDK has no paginator for it.
 */
class AwsPagesTests {

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private AwsClientFactory factory;
    private ServiceCatalogClient client;

    @BeforeEach
    void client() {
        factory = ServiceCatalogStubs.factory(aws.baseUrl(), 1);
        client = factory.create(ServiceCatalogClient.builder());
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private static MappingBuilder page(String token) {
        return operation("DescribeRecord").withRequestBody(token == null
                ? matchingJsonPath("$.PageToken", absent()) : matchingJsonPath("$.PageToken", equalTo(token)));
    }

    private List<DescribeRecordResponse> pages() {
        return AwsCall.to("Service Catalog", "read record rec-1").run(() -> AwsPages.all(
                token -> client.describeRecord(r -> r.id("rec-1").pageToken(token)),
                DescribeRecordResponse::nextPageToken));
    }

    @Test
    void followsTheTokenThroughThreePagesInOrder() {
        aws.stubFor(page(null).willReturn(ok(record("SUCCEEDED", "page-2", "BucketName", "BucketArn"))));
        aws.stubFor(page("page-2").willReturn(ok(record("SUCCEEDED", "page-3", "QueueUrl"))));
        aws.stubFor(page("page-3").willReturn(ok(record("SUCCEEDED", null, "TopicArn"))));

        List<DescribeRecordResponse> pages = pages();

        assertThat(pages).hasSize(3);
        assertThat(pages.stream().flatMap(p -> p.recordOutputs().stream()).map(RecordOutput::outputKey))
                .containsExactly("BucketName", "BucketArn", "QueueUrl", "TopicArn");
        assertThat(AwsPages.items(token -> client.describeRecord(r -> r.id("rec-1").pageToken(token)),
                DescribeRecordResponse::recordOutputs, DescribeRecordResponse::nextPageToken))
                .extracting(RecordOutput::outputValue)
                .containsExactly("v-BucketName", "v-BucketArn", "v-QueueUrl", "v-TopicArn");
        aws.verify(2, requested("DescribeRecord").withRequestBody(matchingJsonPath("$.PageToken", absent())));
        aws.verify(2, requested("DescribeRecord").withRequestBody(matchingJsonPath("$.PageToken",
                equalTo("page-2"))));
        aws.verify(2, requested("DescribeRecord").withRequestBody(matchingJsonPath("$.PageToken",
                equalTo("page-3"))));
    }

    @Test
    void anEmptyTokenEndsTheListingLikeNone() {
        aws.stubFor(page(null).willReturn(ok(record("SUCCEEDED", "", "BucketName"))));

        assertThat(pages()).hasSize(1);
        aws.verify(1, requested("DescribeRecord"));
    }

    @Test
    void aFailureOnAnyPageIsTranslatedWithThatPagesRequestId() {
        aws.stubFor(page(null).willReturn(ok(record("SUCCEEDED", "page-2", "BucketName"))));
        aws.stubFor(page("page-2").willReturn(ok(record("SUCCEEDED", "page-3", "QueueUrl"))));
        aws.stubFor(page("page-3").willReturn(error(400, "AccessDeniedException", "not authorized", "req-p3")));

        assertThatThrownBy(this::pages).isInstanceOfSatisfying(AwsCallException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.ACCESS_DENIED);
            assertThat(e.failure().requestId()).isEqualTo("req-p3");
        });
    }

    @Test
    void anSdkPaginatorsPagesAreFlattenedInOrder() {
        aws.stubFor(operation("ListPortfolios").withRequestBody(matchingJsonPath("$.PageToken", absent()))
                .willReturn(ok("{\"PortfolioDetails\":[{\"Id\":\"port-1\"},{\"Id\":\"port-2\"}],"
                        + "\"NextPageToken\":\"t2\"}")));
        aws.stubFor(operation("ListPortfolios").withRequestBody(matchingJsonPath("$.PageToken", equalTo("t2")))
                .willReturn(ok("{\"PortfolioDetails\":[{\"Id\":\"port-3\"}],\"NextPageToken\":\"t3\"}")));
        aws.stubFor(operation("ListPortfolios").withRequestBody(matchingJsonPath("$.PageToken", equalTo("t3")))
                .willReturn(ok("{\"PortfolioDetails\":[{\"Id\":\"port-4\"}]}")));

        List<PortfolioDetail> portfolios = AwsCall.to("Service Catalog", "list the portfolios").run(() ->
                AwsPages.items(client.listPortfoliosPaginator(r -> r.pageSize(2)),
                        ListPortfoliosResponse::portfolioDetails));

        assertThat(portfolios).extracting(PortfolioDetail::id).containsExactly("port-1", "port-2", "port-3", "port-4");
        aws.verify(3, requested("ListPortfolios").withRequestBody(matchingJsonPath("$.PageSize", equalTo("2"))));
    }

    /** A {@code Marker}/{@code IsTruncated} page, as IAM, RDS and Route 53 answer. */
    record MarkerPage(List<String> items, boolean truncated, String marker) {
    }

    @Test
    void markerStyleListingsFitTooAndTheFirstCallGoesWithoutAToken() {
        Map<String, MarkerPage> byMarker = new java.util.HashMap<>();
        byMarker.put(null, new MarkerPage(List.of("a", "b"), true, "m1"));
        byMarker.put("m1", new MarkerPage(List.of("c"), true, "m2"));
        byMarker.put("m2", new MarkerPage(List.of("d"), false, "ignored-when-not-truncated"));
        List<String> asked = new ArrayList<>();

        List<String> items = AwsPages.items(marker -> {
            asked.add(marker);
            return byMarker.get(marker);
        }, MarkerPage::items, p -> p.truncated() ? p.marker() : null);

        assertThat(items).containsExactly("a", "b", "c", "d");
        assertThat(asked).containsExactly(null, "m1", "m2");
    }
}
