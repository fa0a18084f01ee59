package dev.skyway.portal.provisioning.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skyway.portal.provisioning.internal.aws.AwsProvisionerTests.JSON;
import static dev.skyway.portal.provisioning.internal.aws.AwsProvisionerTests.TARGET;
import static dev.skyway.portal.provisioning.internal.aws.AwsProvisionerTests.ok;
import static dev.skyway.portal.provisioning.internal.aws.AwsProvisionerTests.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.provisioning.internal.Provisioner;
import dev.skyway.portal.provisioning.internal.ProvisioningException;
import dev.skyway.portal.provisioning.internal.ProvisioningRetryableException;

import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;

/**
 * Day 2 through AWS Service Catalog against WireMock: UpdateProvisionedProduct carries the request's UpdateToken, new
 * values and UsePreviousValue for secrets left empty; TerminateProvisionedProduct carries the TerminateToken; both
 * name the product by id (or by name when the id is unknown); throttling stays retryable, refusals are plain words.
 */
class AwsProvisionerDayTwoTests {

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    AwsProvisioner provisioner;

    @BeforeEach
    void provisioner() {
        factory = AwsProvisionerFailureTests.factory(URI.create(aws.baseUrl()));
        provisioner = new AwsProvisioner(factory.create(ServiceCatalogClient.builder()));
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void updateSendsTheUpdateTokenNewValuesAndUsePreviousValueForKeptSecrets() {
        aws.stubFor(operation("UpdateProvisionedProduct").willReturn(ok("""
                {"RecordDetail": {"RecordId": "rec-upd", "Status": "CREATED"}}""")));

        String record = provisioner.update(new Provisioner.UpdateCommand("pp-123", "orders", "prod-abc", "pa-v2",
                "123456789012", "update-token-1", Map.of("InstanceClass", "db.m7g.large"), Set.of("MasterPassword")));

        assertThat(record).isEqualTo("rec-upd");
        aws.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET + "UpdateProvisionedProduct"))
                .withRequestBody(matchingJsonPath("$.UpdateToken", equalTo("update-token-1")))
                .withRequestBody(matchingJsonPath("$.ProvisionedProductId", equalTo("pp-123")))
                .withRequestBody(matchingJsonPath("$.ProvisioningArtifactId", equalTo("pa-v2")))
                .withRequestBody(matchingJsonPath("$.ProvisioningParameters[?(@.Key == 'InstanceClass')].Value",
                        equalTo("db.m7g.large")))
                .withRequestBody(matchingJsonPath(
                        "$.ProvisioningParameters[?(@.Key == 'MasterPassword')].UsePreviousValue", equalTo("true"))));
    }

    @Test
    void terminateSendsTheTerminateTokenAndNamesTheProductByNameWhenItsIdIsUnknown() {
        aws.stubFor(operation("TerminateProvisionedProduct").willReturn(ok("""
                {"RecordDetail": {"RecordId": "rec-term", "Status": "CREATED"}}""")));

        assertThat(provisioner.terminate(new Provisioner.TerminateCommand(null, "team-logs", "terminate-token-1")))
                .isEqualTo("rec-term");

        aws.verify(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET + "TerminateProvisionedProduct"))
                .withRequestBody(matchingJsonPath("$.TerminateToken", equalTo("terminate-token-1")))
                .withRequestBody(matchingJsonPath("$.ProvisionedProductName", equalTo("team-logs")))
                .withRequestBody(matchingJsonPath("$.ProvisionedProductId", absent())));
    }

    @Test
    void throttledTerminationIsRetryableAndARefusedUpdateIsAPlainWordsError() {
        aws.stubFor(operation("TerminateProvisionedProduct").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", JSON)
                .withBody("{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}")));
        aws.stubFor(operation("UpdateProvisionedProduct").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", JSON)
                .withBody("{\"__type\":\"InvalidParametersException\",\"message\":\"InstanceClass not allowed\"}")));

        assertThatThrownBy(() -> provisioner.terminate(new Provisioner.TerminateCommand("pp-1", "x", "t-2")))
                .isInstanceOf(ProvisioningRetryableException.class);
        assertThatThrownBy(() -> provisioner.update(new Provisioner.UpdateCommand("pp-1", "x", "prod-abc", "pa-1",
                "123456789012", "u-2", Map.of("InstanceClass", "huge"), Set.of())))
                .isInstanceOf(ProvisioningException.class).isNotInstanceOf(ProvisioningRetryableException.class)
                .hasMessageContaining("refused").hasMessageContaining("InstanceClass not allowed");
    }
}
