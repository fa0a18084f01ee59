package dev.skyway.portal.compliance.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.fixture;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.json;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.restJsonError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * DescribeStandards, GetEnabledStandards, ListSecurityControlDefinitions, ListStandardsControlAssociations and
 * DescribeStandardsControls through a real Security Hub client against WireMock (REST-JSON: GET with query
 * parameters, POST /standards/get, the subscription ARN as a greedy path label).
 */
class SecurityHubControlsTests {

    static final String FSBP = "arn:aws:securityhub:eu-central-1::standards/aws-foundational-security-best-practices/v/1.0.0";
    static final String FSBP_SUBSCRIPTION =
            "arn:aws:securityhub:eu-central-1:111111111111:subscription/aws-foundational-security-best-practices/v/1.0.0";
    static final String CIS = "arn:aws:securityhub:eu-central-1::standards/cis-aws-foundations-benchmark/v/3.0.0";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    final AwsStubs.Pauses pauses = new AwsStubs.Pauses();
    AwsClientFactory factory;

    SecurityHubControls controls(int attempts) {
        factory = AwsStubs.factory(aws, attempts);
        return new SecurityHubControls(factory.create(SecurityHubClient.builder()),
                new SecurityHubRequests(pauses.clock, pauses));
    }

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void listsTheStandardsWithTheirNames() {
        aws.stubFor(get(urlPathEqualTo("/standards")).willReturn(json(fixture("securityhub/describe-standards.json"))));

        assertThat(controls(3).standards()).containsExactly(
                new HubStandardDefinition(FSBP, "AWS Foundational Security Best Practices v1.0.0",
                        "The AWS Foundational Security Best Practices standard is a set of automated security checks "
                                + "that detect when AWS accounts and deployed resources do not align with security "
                                + "best practices.", true),
                new HubStandardDefinition(CIS, "CIS AWS Foundations Benchmark v3.0.0",
                        "The Center for Internet Security (CIS) AWS Foundations Benchmark v3.0.0 is a set of security "
                                + "configuration best practices for AWS.", false));
        aws.verify(getRequestedFor(urlPathEqualTo("/standards")).withQueryParam("MaxResults", equalTo("100")));
    }

    @Test
    void readsEveryPageOfTheEnabledStandards() {
        aws.stubFor(post(urlEqualTo("/standards/get")).withRequestBody(matchingJsonPath("$.NextToken")).atPriority(1)
                .willReturn(json(fixture("securityhub/get-enabled-standards-page-2.json"))));
        aws.stubFor(post(urlEqualTo("/standards/get")).atPriority(2)
                .willReturn(json(fixture("securityhub/get-enabled-standards-page-1.json"))));

        assertThat(controls(3).enabledStandards()).containsExactly(
                new HubStandard(FSBP_SUBSCRIPTION, FSBP, "READY", "READY_FOR_UPDATES", null),
                new HubStandard("arn:aws:securityhub:eu-central-1:111111111111:subscription/"
                        + "cis-aws-foundations-benchmark/v/3.0.0", CIS, "INCOMPLETE", "NOT_READY_FOR_UPDATES",
                        "NO_AVAILABLE_CONFIGURATION_RECORDER"));
        aws.verify(1, postRequestedFor(urlEqualTo("/standards/get")).withRequestBody(equalToJson(
                "{\"MaxResults\":100}")));
        aws.verify(1, postRequestedFor(urlEqualTo("/standards/get")).withRequestBody(equalToJson(
                "{\"MaxResults\":100,\"NextToken\":\"enabled-2\"}")));
    }

    @Test
    void readsTheControlDefinitionsOfAStandardPageByPageThroughAThrottledPage() {
        aws.stubFor(get(urlPathEqualTo("/securityControls/definitions")).withQueryParam("NextToken", absent())
                .willReturn(json(fixture("securityhub/list-security-control-definitions-page-1.json"))));
        aws.stubFor(get(urlPathEqualTo("/securityControls/definitions"))
                .withQueryParam("NextToken", equalTo("controls-2")).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(restJsonError(429, "TooManyRequestsException", "Rate exceeded")).willSetStateTo("calm"));
        aws.stubFor(get(urlPathEqualTo("/securityControls/definitions"))
                .withQueryParam("NextToken", equalTo("controls-2")).inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(json(fixture("securityhub/list-security-control-definitions-page-2.json"))));

        List<HubControlDefinition> definitions = controls(1).controlDefinitions(FSBP);

        assertThat(definitions).extracting(HubControlDefinition::securityControlId)
                .containsExactly("S3.8", "IAM.6", "ACM.1");
        assertThat(definitions.getFirst()).isEqualTo(new HubControlDefinition("S3.8",
                "S3 general purpose buckets should block public access",
                "This control checks whether an Amazon S3 general purpose bucket blocks public access at the bucket "
                        + "level.", "https://docs.aws.amazon.com/console/securityhub/S3.8/remediation", "HIGH",
                "AVAILABLE"));
        assertThat(definitions.get(2).currentRegionAvailability()).isEqualTo("UNAVAILABLE");
        assertThat(pauses.pauses).hasSize(1);
        aws.verify(3, getRequestedFor(urlPathEqualTo("/securityControls/definitions"))
                .withQueryParam("StandardsArn", equalTo(FSBP)).withQueryParam("MaxResults", equalTo("100")));
    }

    @Test
    void listsInWhichStandardsAControlIsEnabled() {
        aws.stubFor(get(urlPathEqualTo("/associations")).withQueryParam("SecurityControlId", equalTo("S3.8"))
                .willReturn(json(fixture("securityhub/list-standards-control-associations.json"))));

        assertThat(controls(3).controlAssociations("S3.8")).containsExactly(
                new HubControlAssociation("S3.8", FSBP, "ENABLED", List.of("NIST.800-53.r5 AC-21",
                        "NIST.800-53.r5 AC-3"), Instant.parse("2026-05-01T09:00:00Z"), null,
                        "S3 general purpose buckets should block public access"),
                new HubControlAssociation("S3.8", CIS, "DISABLED",
                        List.of("CIS AWS Foundations Benchmark v3.0.0/2.1.4"), Instant.parse("2026-05-03T14:30:00Z"),
                        "Public access is blocked account-wide by an SCP",
                        "Ensure that S3 Buckets are configured with Block public access (bucket settings)"));
    }

    @Test
    void readsEveryPageOfTheControlsOfAnEnabledStandard() {
        aws.stubFor(get(urlPathMatching("/standards/controls/.+")).withQueryParam("NextToken", absent())
                .willReturn(json(fixture("securityhub/describe-standards-controls-page-1.json"))));
        aws.stubFor(get(urlPathMatching("/standards/controls/.+"))
                .withQueryParam("NextToken", equalTo("std-controls-2"))
                .willReturn(json(fixture("securityhub/describe-standards-controls-page-2.json"))));

        List<HubStandardControl> controls = controls(3).standardControls(FSBP_SUBSCRIPTION);

        assertThat(controls).containsExactly(
                new HubStandardControl("arn:aws:securityhub:eu-central-1:111111111111:control/"
                        + "aws-foundational-security-best-practices/v/1.0.0/S3.8", "S3.8",
                        "S3 general purpose buckets should block public access", "ENABLED", null,
                        Instant.parse("2026-05-01T09:00:00Z"), "HIGH",
                        "https://docs.aws.amazon.com/console/securityhub/S3.8/remediation",
                        List.of("NIST.800-53.r5 AC-21", "NIST.800-53.r5 AC-3")),
                new HubStandardControl("arn:aws:securityhub:eu-central-1:111111111111:control/"
                        + "aws-foundational-security-best-practices/v/1.0.0/Macie.1", "Macie.1",
                        "Amazon Macie should be enabled", "DISABLED", "Macie is not used in this organization",
                        Instant.parse("2026-05-02T10:15:00Z"), "MEDIUM",
                        "https://docs.aws.amazon.com/console/securityhub/Macie.1/remediation", List.of()));
        // the subscription ARN travels as the path, its slashes kept
        aws.verify(2, getRequestedFor(urlPathMatching(
                "/standards/controls/arn(:|%3A)aws(:|%3A)securityhub(:|%3A)eu-central-1(:|%3A)111111111111(:|%3A)"
                        + "subscription/aws-foundational-security-best-practices/v/1\\.0\\.0")));
    }

    @Test
    void anUnknownSubscriptionIsToldAsNotFound() {
        aws.stubFor(get(urlPathMatching("/standards/controls/.+")).willReturn(restJsonError(404,
                "ResourceNotFoundException", "Subscription not found")));

        assertThatThrownBy(() -> controls(3).standardControls(FSBP_SUBSCRIPTION))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("list the controls of " + FSBP_SUBSCRIPTION,
                            "Subscription not found");
                });
        assertThat(pauses.pauses).isEmpty();
        aws.verify(1, getRequestedFor(urlPathMatching("/standards/controls/.+")));
    }
}
