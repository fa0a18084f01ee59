package dev.skyway.portal.provisioning.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skyway.portal.provisioning.internal.aws.AwsProvisionerTests.JSON;
import static dev.skyway.portal.provisioning.internal.aws.AwsProvisionerTests.ok;
import static dev.skyway.portal.provisioning.internal.aws.AwsProvisionerTests.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import dev.skyway.portal.provisioning.ProductStatus;
import dev.skyway.portal.provisioning.internal.Provisioner;
import dev.skyway.portal.provisioning.internal.ProvisioningException;
import dev.skyway.portal.provisioning.internal.ProvisioningRetryableException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;

/**
 * The AWS provisioner's failures against WireMock: a record that succeeded on a provisioned product AWS reports
 * TAINTED or ERROR is a failure with AWS's status message; throttling (ThrottlingException, HTTP 429,
 * LimitExceededException) and an unreachable endpoint are retryable, never failures. One SDK attempt per call here, so
 * every throttled answer reaches the portal.
 */
class AwsProvisionerFailureTests {

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    AwsProvisioner provisioner;

    @BeforeEach
    void provisioner() {
        factory = factory(URI.create(aws.baseUrl()));
        provisioner = new AwsProvisioner(factory.create(ServiceCatalogClient.builder()));
    }

    static AwsClientFactory factory(URI endpoint) {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null, endpoint,
                Duration.ofSeconds(5), Duration.ofSeconds(2), 1);
        return new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void succeededRecordOfATaintedOrErrorProductIsAFailureWithAwsStatusMessage() {
        aws.stubFor(operation("DescribeRecord").withRequestBody(matchingJsonPath("$.Id", equalTo("rec-t")))
                .willReturn(ok("""
                        {"RecordDetail": {"RecordId": "rec-t", "Status": "SUCCEEDED", "ProvisionedProductId": "pp-t"},
                         "RecordOutputs": [{"OutputKey": "BucketName", "OutputValue": "b-1"}]}""")));
        aws.stubFor(operation("DescribeProvisionedProduct").withRequestBody(matchingJsonPath("$.Id", equalTo("pp-t")))
                .willReturn(ok("""
                        {"ProvisionedProductDetail": {"Id": "pp-t", "Status": "TAINTED",
                          "StatusMessage": "Update failed: bucket policy rejected"}}""")));
        aws.stubFor(operation("DescribeRecord").withRequestBody(matchingJsonPath("$.Id", equalTo("rec-e")))
                .willReturn(ok("""
                        {"RecordDetail": {"RecordId": "rec-e", "Status": "SUCCEEDED", "ProvisionedProductId": "pp-e"}}""")));
        aws.stubFor(operation("DescribeProvisionedProduct").withRequestBody(matchingJsonPath("$.Id", equalTo("pp-e")))
                .willReturn(ok("""
                        {"ProvisionedProductDetail": {"Id": "pp-e", "Status": "ERROR"}}""")));
        aws.stubFor(operation("DescribeRecord").withRequestBody(matchingJsonPath("$.Id", equalTo("rec-a")))
                .willReturn(ok("""
                        {"RecordDetail": {"RecordId": "rec-a", "Status": "SUCCEEDED", "ProvisionedProductId": "pp-a"},
                         "RecordOutputs": [{"OutputKey": "BucketName", "OutputValue": "b-2"}]}""")));
        aws.stubFor(operation("DescribeProvisionedProduct").withRequestBody(matchingJsonPath("$.Id", equalTo("pp-a")))
                .willReturn(ok("""
                        {"ProvisionedProductDetail": {"Id": "pp-a", "Status": "AVAILABLE"}}""")));

        Provisioner.Record tainted = provisioner.describe("rec-t");
        assertThat(tainted.state()).isEqualTo(Provisioner.State.FAILED);
        assertThat(tainted.error()).isEqualTo("AWS reports the provisioned product pp-t as TAINTED: Update failed: "
                + "bucket policy rejected");
        assertThat(tainted.provisionedProductId()).isEqualTo("pp-t");
        assertThat(tainted.productStatus()).as("kept on the resource").isEqualTo(ProductStatus.TAINTED);
        assertThat(tainted.productStatusMessage()).isEqualTo("Update failed: bucket policy rejected");
        Provisioner.Record error = provisioner.describe("rec-e");
        assertThat(error.error()).isEqualTo("AWS reports the provisioned product pp-e as "
                + "ERROR: no message from AWS");
        assertThat(error.productStatus()).isEqualTo(ProductStatus.ERROR);
        assertThat(error.productStatusMessage()).as("none from AWS").isNull();
        Provisioner.Record available = provisioner.describe("rec-a");
        assertThat(available.state()).isEqualTo(Provisioner.State.SUCCEEDED);
        assertThat(available.outputs()).containsEntry("BucketName", "b-2");
        assertThat(available.provisionedProductId()).isEqualTo("pp-a");
        assertThat(available.productStatus()).isEqualTo(ProductStatus.AVAILABLE);
        assertThat(available.productStatusMessage()).isNull();
    }

    @Test
    void throttlingOf400And429AndLimitExceededIsRetryableNotAFailure() {
        aws.stubFor(operation("ProvisionProduct").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", JSON).withHeader("x-amzn-RequestId", "req-throttled")
                .withBody("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}")));
        aws.stubFor(operation("DescribeRecord").withRequestBody(matchingJsonPath("$.Id", equalTo("rec-429")))
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", JSON)
                        .withBody("{\"message\":\"Too Many Requests\"}")));
        aws.stubFor(operation("DescribeRecord").withRequestBody(matchingJsonPath("$.Id", equalTo("rec-limit")))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON)
                        .withBody("{\"__type\":\"LimitExceededException\",\"message\":\"Limit exceeded\"}")));

        assertThatThrownBy(() -> provisioner.provision(AwsProvisionerTests.command()))
                .isInstanceOfSatisfying(ProvisioningRetryableException.class, e -> {
                    assertThat(e.throttled()).isTrue();
                    assertThat(e.getMessage()).startsWith("AWS is throttling; will retry")
                            .contains("req-throttled");
                });
        assertThatThrownBy(() -> provisioner.describe("rec-429"))
                .isInstanceOfSatisfying(ProvisioningRetryableException.class, e -> assertThat(e.throttled()).isTrue());
        assertThatThrownBy(() -> provisioner.describe("rec-limit"))
                .isInstanceOfSatisfying(ProvisioningRetryableException.class, e -> assertThat(e.throttled()).isTrue());
    }

    @Test
    void unreachableServiceCatalogIsRetryableAndOtherErrorsAreNot() {
        aws.stubFor(operation("DescribeRecord").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", JSON)
                .withBody("{\"__type\":\"ResourceNotFoundException\",\"message\":\"no such record\"}")));
        assertThatThrownBy(() -> provisioner.describe("rec-gone")).isInstanceOf(ProvisioningException.class)
                .isNotInstanceOf(ProvisioningRetryableException.class).hasMessageContaining("does not know");

        try (AwsClientFactory nowhere = factory(URI.create("http://127.0.0.1:1"))) {
            AwsProvisioner offline = new AwsProvisioner(nowhere.create(ServiceCatalogClient.builder()));
            assertThatThrownBy(() -> offline.describe("rec-1"))
                    .isInstanceOfSatisfying(ProvisioningRetryableException.class, e -> {
                        assertThat(e.throttled()).isFalse();
                        assertThat(e.getMessage()).startsWith("Service Catalog could not be reached");
                    });
        }
    }
}
