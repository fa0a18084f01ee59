package dev.skyway.portal.platform.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.error;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.ok;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.operation;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.record;
import static dev.skyway.portal.platform.aws.ServiceCatalogStubs.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;

/** For calls AWS must not receive twice: throttling is retried (nothing happened), an internal error is not. */
class ThrottlingOnlyRetriesTests {

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private AwsClientFactory factory;
    private ServiceCatalogClient client;

    @BeforeEach
    void client() {
        factory = ServiceCatalogStubs.factory(aws.baseUrl(), 3);
        client = factory.create(ServiceCatalogClient.builder());
    }

    @AfterEach
    void close() {
        factory.close();
    }

    private void describeOnce() {
        client.describeRecord(r -> r.id("rec-1").overrideConfiguration(o -> o.addPlugin(ThrottlingOnlyRetries.INSTANCE)));
    }

    @Test
    void throttlingIsRetriedWithTheClientsAttempts() {
        aws.stubFor(operation("DescribeRecord").inScenario("t").whenScenarioStateIs(STARTED)
                .willReturn(error(400, "ThrottlingException", "Rate exceeded", "req-1")).willSetStateTo("again"));
        aws.stubFor(operation("DescribeRecord").inScenario("t").whenScenarioStateIs("again")
                .willReturn(error(400, "TooManyRequestsException", "Slow down", "req-2")).willSetStateTo("ok"));
        aws.stubFor(operation("DescribeRecord").inScenario("t").whenScenarioStateIs("ok")
                .willReturn(ok(record("SUCCEEDED", null))));

        describeOnce();

        aws.verify(3, requested("DescribeRecord"));
    }

    @Test
    void anInternalErrorIsNotRetriedSinceAwsMayHaveActed() {
        aws.stubFor(operation("DescribeRecord").willReturn(error(500, "InternalFailure", "oops", "req-500")));

        assertThatThrownBy(this::describeOnce).isInstanceOfSatisfying(AwsServiceException.class,
                e -> assertThat(AwsErrorKind.of(e)).isEqualTo(AwsErrorKind.SERVER_ERROR));
        aws.verify(1, requested("DescribeRecord"));
    }

    @Test
    void otherCallsOfTheSameClientKeepTheStandardRetries() {
        aws.stubFor(operation("DescribeRecord").willReturn(error(500, "InternalFailure", "oops", "req-500")));

        assertThatThrownBy(() -> client.describeRecord(r -> r.id("rec-1"))).isInstanceOf(AwsServiceException.class);
        aws.verify(3, requested("DescribeRecord"));
    }
}
