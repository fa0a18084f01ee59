package dev.skyway.portal.platform.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.error;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.operation;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Real SDK clients from the platform factory against AWS's documented error shapes on WireMock: JSON 1.1 (Service
 * Catalog), query (STS) and REST-XML (S3), and a port nobody listens on. Each failure is classified, keeps AWS's code
 * and request id, and is told in the portal's words.
 */
class AwsCallTests {

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    static final AwsCall DESCRIBE = AwsCall.to("Service Catalog", "read record rec-1");

    private AwsClientFactory factory;

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    private ServiceCatalogClient serviceCatalog(int attempts) {
        factory = ServiceCatalogStubs.factory(aws.baseUrl(), attempts);
        return factory.create(ServiceCatalogClient.builder());
    }

    /** Carries the failure out of {@link AwsCall#run(java.util.function.Supplier, java.util.function.Function)}. */
    static final class Failed extends RuntimeException {
        final transient AwsFailure failure;

        Failed(AwsFailure failure) {
            super(failure.message());
            this.failure = failure;
        }
    }

    private AwsFailure failureOf(Runnable call) {
        try {
            call.run();
        } catch (Failed e) {
            return e.failure;
        }
        throw new AssertionError("the call did not fail");
    }

    private AwsFailure describe(ServiceCatalogClient client) {
        return failureOf(() -> DESCRIBE.run(() -> client.describeRecord(r -> r.id("rec-1")), Failed::new));
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsThrottledWithTheLastRequestId() {
        ServiceCatalogClient client = serviceCatalog(2);
        aws.stubFor(operation("DescribeRecord").willReturn(error(400, "ThrottlingException", "Rate exceeded",
                "req-throttled")));

        AwsFailure failure = describe(client);

        assertThat(failure.kind()).isEqualTo(AwsErrorKind.THROTTLED);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.errorCode()).isEqualTo("ThrottlingException");
        assertThat(failure.requestId()).isEqualTo("req-throttled");
        assertThat(failure.message()).isEqualTo("Service Catalog kept throttling the portal when asked to read record"
                + " rec-1 (all retries used); it will be tried again later");
        aws.verify(2, requested("DescribeRecord"));
    }

    @Test
    void tooManyRequestsIsThrottlingToo() {
        ServiceCatalogClient client = serviceCatalog(1);
        aws.stubFor(operation("DescribeRecord").willReturn(error(400, "TooManyRequestsException",
                "AWS Organizations can't complete your request because another request is in progress", "req-tmr")));

        assertThat(describe(client).kind()).isEqualTo(AwsErrorKind.THROTTLED);
    }

    @Test
    void accessDeniedNamesWhatWasAskedAndKeepsAwsMessage() {
        ServiceCatalogClient client = serviceCatalog(3);
        aws.stubFor(operation("DescribeRecord").willReturn(error(400, "AccessDeniedException",
                "User: arn:aws:sts::123456789012:assumed-role/portal is not authorized to perform:"
                        + " servicecatalog:DescribeRecord", "req-denied")));

        AwsFailure failure = failureOf(() -> DESCRIBE.withPermissions("servicecatalog:DescribeRecord")
                .run(() -> client.describeRecord(r -> r.id("rec-1")), Failed::new));

        assertThat(failure.kind()).isEqualTo(AwsErrorKind.ACCESS_DENIED);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.requestId()).isEqualTo("req-denied");
        assertThat(failure.message()).isEqualTo("The portal's AWS role may not read record rec-1 in Service Catalog"
                + " (it needs servicecatalog:DescribeRecord): User: arn:aws:sts::123456789012:assumed-role/portal"
                + " is not authorized to perform: servicecatalog:DescribeRecord");
        aws.verify(1, requested("DescribeRecord"));
    }

    @Test
    void anUnknownResourceIsNotFound() {
        ServiceCatalogClient client = serviceCatalog(3);
        aws.stubFor(operation("DescribeRecord").willReturn(error(400, "ResourceNotFoundException",
                "Record rec-1 not found", "req-404")));

        AwsFailure failure = describe(client);

        assertThat(failure.kind()).isEqualTo(AwsErrorKind.NOT_FOUND);
        assertThat(failure.requestId()).isEqualTo("req-404");
        assertThat(failure.message()).isEqualTo("Service Catalog does not know what the portal named when asked to"
                + " read record rec-1 (deleted, or not visible to the portal's role): Record rec-1 not found");
    }

    @Test
    void invalidParametersAreInvalidInput() {
        ServiceCatalogClient client = serviceCatalog(3);
        aws.stubFor(operation("DescribeRecord").willReturn(error(400, "InvalidParametersException",
                "PageSize out of range", "req-400")));

        AwsFailure failure = describe(client);

        assertThat(failure.kind()).isEqualTo(AwsErrorKind.INVALID_INPUT);
        assertThat(failure.message()).isEqualTo("Service Catalog refused the request to read record rec-1 as invalid"
                + " (InvalidParametersException): PageSize out of range");
    }

    @Test
    void anInternalErrorIsRetriedByTheClientThenTransient() {
        ServiceCatalogClient client = serviceCatalog(2);
        aws.stubFor(operation("DescribeRecord").willReturn(error(500, "InternalFailure", "Internal failure",
                "req-500")));

        AwsFailure failure = describe(client);

        assertThat(failure.kind()).isEqualTo(AwsErrorKind.SERVER_ERROR);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.statusCode()).isEqualTo(500);
        aws.verify(2, requested("DescribeRecord"));
    }

    @Test
    void otherRefusalsKeepAwsCode() {
        ServiceCatalogClient client = serviceCatalog(3);
        aws.stubFor(operation("DescribeRecord").willReturn(error(400, "DuplicateResourceException",
                "Name already in use", "req-dup")));

        AwsFailure failure = describe(client);

        assertThat(failure.kind()).isEqualTo(AwsErrorKind.OTHER);
        assertThat(failure.message()).isEqualTo("Service Catalog refused to read record rec-1"
                + " (DuplicateResourceException): Name already in use");
    }

    @Test
    void queryProtocolErrorsAreClassifiedWithTheRequestIdFromTheBody() {
        factory = ServiceCatalogStubs.factory(aws.baseUrl(), 1);
        StsClient sts = factory.create(StsClient.builder());
        AwsCall whoAmI = AwsCall.to("AWS STS", "tell who the portal is");
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"))
                .willReturn(stsError(400, "Throttling", "Rate exceeded", "req-q-throttled")));
        assertThat(failureOf(() -> whoAmI.run(sts::getCallerIdentity, Failed::new)))
                .extracting(AwsFailure::kind, AwsFailure::requestId)
                .containsExactly(AwsErrorKind.THROTTLED, "req-q-throttled");

        aws.resetAll();
        aws.stubFor(post(urlEqualTo("/")).willReturn(stsError(403, "AccessDenied", "not authorized",
                "req-q-denied")));
        assertThat(failureOf(() -> whoAmI.run(sts::getCallerIdentity, Failed::new)))
                .extracting(AwsFailure::kind, AwsFailure::requestId)
                .containsExactly(AwsErrorKind.ACCESS_DENIED, "req-q-denied");

        aws.resetAll();
        aws.stubFor(post(urlEqualTo("/")).willReturn(stsError(400, "ValidationError",
                "1 validation error detected", "req-q-invalid")));
        assertThat(failureOf(() -> whoAmI.run(sts::getCallerIdentity, Failed::new)))
                .extracting(AwsFailure::kind, AwsFailure::errorCode)
                .containsExactly(AwsErrorKind.INVALID_INPUT, "ValidationError");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder stsError(int status, String code,
                                                                                             String message,
                                                                                             String requestId) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody("""
                <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>
                  <RequestId>%s</RequestId>
                </ErrorResponse>""".formatted(code, message, requestId));
    }

    @Test
    void restXmlNotFoundWithAndWithoutABody() {
        factory = ServiceCatalogStubs.factory(aws.baseUrl(), 1);
        S3Client s3 = factory.create(S3Client.builder().forcePathStyle(true));
        aws.stubFor(get(urlPathEqualTo("/bucket/missing.json")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/xml").withHeader("x-amz-request-id", "req-s3-404")
                .withBody("<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>"
                        + "<Key>missing.json</Key><RequestId>req-s3-404</RequestId></Error>")));
        aws.stubFor(head(urlPathEqualTo("/bucket/missing.json")).willReturn(aResponse().withStatus(404)
                .withHeader("x-amz-request-id", "req-s3-head")));
        AwsCall read = AwsCall.to("Amazon S3", "read missing.json");

        AwsFailure get = failureOf(() -> read.run(() -> s3.getObjectAsBytes(r -> r.bucket("bucket")
                .key("missing.json")), Failed::new));
        assertThat(get.kind()).isEqualTo(AwsErrorKind.NOT_FOUND);
        assertThat(get.errorCode()).isEqualTo("NoSuchKey");
        assertThat(get.requestId()).isEqualTo("req-s3-404");

        AwsFailure head = failureOf(() -> read.run(() -> s3.headObject(r -> r.bucket("bucket")
                .key("missing.json")), Failed::new));
        assertThat(head.kind()).isEqualTo(AwsErrorKind.NOT_FOUND);
        assertThat(head.statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusedConnectionIsUnreachableWithoutRequestId() {
        factory = ServiceCatalogStubs.factory("http://127.0.0.1:1", 1);
        ServiceCatalogClient client = factory.create(ServiceCatalogClient.builder());

        AwsFailure failure = describe(client);

        assertThat(failure.kind()).isEqualTo(AwsErrorKind.UNREACHABLE);
        assertThat(failure.retryable()).isTrue();
        assertThat(failure.requestId()).isNull();
        assertThat(failure.statusCode()).isZero();
        assertThat(failure.message()).startsWith("Could not reach Service Catalog to read record rec-1 (")
                .endsWith("); it will be tried again later");
    }

    @Test
    void withoutATranslationTheFailureIsThrownInThePortalsWords() {
        ServiceCatalogClient client = serviceCatalog(1);
        aws.stubFor(operation("DescribeRecord").willReturn(error(400, "ResourceNotFoundException", "gone",
                "req-gone")));

        assertThatThrownBy(() -> DESCRIBE.run(() -> client.describeRecord(r -> r.id("rec-1"))))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(e.failure().message());
                    assertThat(e.failure().requestId()).isEqualTo("req-gone");
                    assertThat(e.getCause()).isSameAs(e.failure().exception());
                });
    }

    @Test
    void whatIsNotAnSdkFailurePassesThroughUntouched() {
        IllegalStateException own = new IllegalStateException("the module's own");
        assertThatThrownBy(() -> DESCRIBE.run(() -> {
            throw own;
        })).isSameAs(own);
    }
}
