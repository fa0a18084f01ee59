package dev.skyway.portal.provisioning.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import dev.skyway.portal.provisioning.internal.Provisioner;
import dev.skyway.portal.provisioning.internal.ProvisioningException;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;

/**
 * The AWS provisioner against WireMock speaking Service Catalog's JSON protocol: ProvisionProduct carries the
 * persisted ProvisionToken, parameters and tags; DescribeRecord maps to IN_PROGRESS, SUCCEEDED with outputs, FAILED
 * with AWS's reasons; AWS errors become plain-words provisioning errors.
 */
class AwsProvisionerTests {

    static final String TARGET = "AWS242ServiceCatalogService.";
    static final String JSON = "application/x-amz-json-1.1";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    AwsProvisioner provisioner;

    @BeforeEach
    void provisioner() {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 3);
        factory = new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        provisioner = new AwsProvisioner(factory.create(ServiceCatalogClient.builder()));
    }

    @AfterEach
    void close() {
        factory.close();
    }

    static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(body);
    }

    static Provisioner.Command command() {
        return new Provisioner.Command("prod-abc", "pa-abc", "123456789012", "team-logs", "token-1",
                Map.of("BucketNameSuffix", "team-logs"), Map.of("cost-center", "cc-1"));
    }

    @Test
    void provisionProductSendsTheTokenParametersAndTagsAndReturnsTheRecordId() {
        aws.stubFor(operation("ProvisionProduct").willReturn(ok("""
                {"RecordDetail": {"RecordId": "rec-aws123", "Status": "CREATED"}}""")));

        assertThat(provisioner.provision(command())).isEqualTo("rec-aws123");

        aws.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET + "ProvisionProduct"))
                .withRequestBody(matchingJsonPath("$.ProvisionToken", equalTo("token-1")))
                .withRequestBody(matchingJsonPath("$.ProductId", equalTo("prod-abc")))
                .withRequestBody(matchingJsonPath("$.ProvisioningArtifactId", equalTo("pa-abc")))
                .withRequestBody(matchingJsonPath("$.ProvisionedProductName", equalTo("team-logs")))
                .withRequestBody(matchingJsonPath("$.ProvisioningParameters[0].Key", equalTo("BucketNameSuffix")))
                .withRequestBody(matchingJsonPath("$.Tags[?(@.Key == 'cost-center')].Value", equalTo("cc-1")))
                .withRequestBody(matchingJsonPath("$.Tags[?(@.Key == 'skyway:account')].Value",
                        equalTo("123456789012"))));
    }

    @Test
    void describeRecordMapsInProgressSucceededWithOutputsAndFailedWithReasons() {
        aws.stubFor(operation("DescribeRecord").withRequestBody(matchingJsonPath("$.Id", equalTo("rec-1")))
                .willReturn(ok("""
                        {"RecordDetail": {"RecordId": "rec-1", "Status": "IN_PROGRESS"}}""")));
        aws.stubFor(operation("DescribeRecord").withRequestBody(matchingJsonPath("$.Id", equalTo("rec-2")))
                .willReturn(ok("""
                        {"RecordDetail": {"RecordId": "rec-2", "Status": "SUCCEEDED"},
                         "RecordOutputs": [{"OutputKey": "BucketName", "OutputValue": "b-1"},
                                           {"OutputKey": "BucketArn", "OutputValue": "arn:aws:s3:::b-1"}]}""")));
        aws.stubFor(operation("DescribeRecord").withRequestBody(matchingJsonPath("$.Id", equalTo("rec-3")))
                .willReturn(ok("""
                        {"RecordDetail": {"RecordId": "rec-3", "Status": "FAILED",
                          "RecordErrors": [{"Code": "CFN", "Description": "b-1 already exists"}]}}""")));

        assertThat(provisioner.describe("rec-1").state()).isEqualTo(Provisioner.State.IN_PROGRESS);
        Provisioner.Record succeeded = provisioner.describe("rec-2");
        assertThat(succeeded.state()).isEqualTo(Provisioner.State.SUCCEEDED);
        assertThat(succeeded.outputs()).containsExactly(Map.entry("BucketName", "b-1"),
                Map.entry("BucketArn", "arn:aws:s3:::b-1"));
        assertThat(provisioner.describe("rec-3")).extracting(Provisioner.Record::state, Provisioner.Record::error)
                .containsExactly(Provisioner.State.FAILED, "b-1 already exists");
    }

    @Test
    void refusedProvisioningBecomesAPlainWordsError() {
        aws.stubFor(operation("ProvisionProduct").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", JSON).withHeader("x-amzn-RequestId", "req-bad")
                .withBody("{\"__type\":\"InvalidParametersException\",\"message\":\"Name already in use\"}")));

        assertThatThrownBy(() -> provisioner.provision(command())).isInstanceOf(ProvisioningException.class)
                .hasMessageContaining("refused").hasMessageContaining("Name already in use");
    }
}
