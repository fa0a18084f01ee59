package dev.skyway.portal.compliance.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.compliance.internal.aws.ConfigAggregatorCompliance.GroupBy;
import dev.skyway.portal.compliance.internal.aws.ConfigAggregatorCompliance.Verdict;
import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import software.amazon.awssdk.services.config.ConfigClient;

/**
 * The Config aggregator's compliance APIs through a real Config client against WireMock speaking JSON 1.1
 * ({@code X-Amz-Target: StarlingDoveService.<Operation>}, times as epoch seconds, errors as {@code __type}).
 */
class ConfigAggregatorComplianceTests {

    static final String TARGET = "StarlingDoveService.";
    static final String JSON = "application/x-amz-json-1.1";
    static final String AGGREGATOR = "skyway-organization";
    static final String S3_RULE = "s3-bucket-level-public-access-prohibited-conformance-pack-k3wzxq2lm";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    final AwsStubs.Pauses pauses = new AwsStubs.Pauses();
    AwsClientFactory factory;

    ConfigAggregatorCompliance config(int attempts) {
        factory = AwsStubs.factory(aws, attempts);
        return new ConfigAggregatorCompliance(factory.create(ConfigClient.builder()), AGGREGATOR,
                new ThrottlingRetries(pauses));
    }

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void readsEveryPageOfTheComplianceByRule() {
        stubPages("DescribeAggregateComplianceByConfigRules", "describe-aggregate-compliance-by-config-rules");

        List<ConfigRuleCompliance> rules = config(3).ruleCompliance(null);

        assertThat(rules).containsExactly(
                new ConfigRuleCompliance(S3_RULE, "222222222222", "eu-central-1", "NON_COMPLIANT", 3, false),
                new ConfigRuleCompliance("cloudtrail-enabled", "444444444444", "eu-west-1", "NON_COMPLIANT", 100,
                        true),
                new ConfigRuleCompliance("root-account-hardware-mfa-enabled", "333333333333", "us-east-1",
                        "COMPLIANT", null, false),
                new ConfigRuleCompliance("ec2-instance-managed-by-systems-manager", "333333333333", "us-east-1",
                        "INSUFFICIENT_DATA", null, false));
        aws.verify(1, requested("DescribeAggregateComplianceByConfigRules").withRequestBody(equalToJson(
                "{\"ConfigurationAggregatorName\":\"skyway-organization\",\"Limit\":100}")));
        aws.verify(1, requested("DescribeAggregateComplianceByConfigRules").withRequestBody(equalToJson(
                "{\"ConfigurationAggregatorName\":\"skyway-organization\",\"Limit\":100,"
                        + "\"NextToken\":\"bnRva2VuLXJ1bGVzLTI=\"}")));
    }

    @Test
    void filtersTheRulesByVerdict() {
        aws.stubFor(operation("DescribeAggregateComplianceByConfigRules")
                .willReturn(ok("{\"AggregateComplianceByConfigRules\":[]}")));

        assertThat(config(3).ruleCompliance(Verdict.NON_COMPLIANT)).isEmpty();

        aws.verify(1, requested("DescribeAggregateComplianceByConfigRules").withRequestBody(equalToJson(
                "{\"ConfigurationAggregatorName\":\"skyway-organization\",\"Limit\":100,"
                        + "\"Filters\":{\"ComplianceType\":\"NON_COMPLIANT\"}}")));
    }

    @Test
    void readsEveryEvaluatedResourceOfARuleInAnAccountAndRegion() {
        stubPages("GetAggregateComplianceDetailsByConfigRule", "get-aggregate-compliance-details-by-config-rule");

        List<ConfigEvaluation> evaluations = config(3).evaluations(S3_RULE, "222222222222", "eu-central-1", null);

        assertThat(evaluations).containsExactly(
                new ConfigEvaluation(S3_RULE, "222222222222", "eu-central-1", "AWS::S3::Bucket",
                        "payments-prod-exports", "NON_COMPLIANT",
                        "Block public access is not enabled at the bucket level.",
                        Instant.parse("2026-06-15T07:58:02.500Z"), Instant.parse("2026-06-15T07:57:50Z")),
                new ConfigEvaluation(S3_RULE, "222222222222", "eu-central-1", "AWS::S3::Bucket",
                        "payments-prod-logs", "COMPLIANT", null, Instant.parse("2026-06-15T07:58:02.500Z"),
                        Instant.parse("2026-06-15T07:57:50Z")));
        aws.verify(1, requested("GetAggregateComplianceDetailsByConfigRule").withRequestBody(equalToJson("""
                {"ConfigurationAggregatorName":"skyway-organization","ConfigRuleName":"%s",
                 "AccountId":"222222222222","AwsRegion":"eu-central-1","Limit":100}""".formatted(S3_RULE))));
    }

    @Test
    void readsTheConformancePacksPageByPageThroughThrottling() {
        stubPages("DescribeAggregateComplianceByConformancePacks",
                "describe-aggregate-compliance-by-conformance-packs");
        aws.stubFor(operation("DescribeAggregateComplianceByConformancePacks").atPriority(1)
                .inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(error("ThrottlingException", "Rate exceeded")).willSetStateTo("calm"));

        List<ConformancePackCompliance> packs = config(1).conformancePackCompliance(null);

        assertThat(packs).containsExactly(
                new ConformancePackCompliance("Operational-Best-Practices-for-CIS-AWS-v1.4-Level1", "222222222222",
                        "eu-central-1", "NON_COMPLIANT", 38, 4, 42),
                new ConformancePackCompliance("Operational-Best-Practices-for-CIS-AWS-v1.4-Level1", "333333333333",
                        "us-east-1", "COMPLIANT", 42, 0, 42),
                new ConformancePackCompliance("Security-Services-Pack", "444444444444", "eu-west-1",
                        "INSUFFICIENT_DATA", 0, 0, 7));
        assertThat(pauses.pauses).hasSize(1);
        aws.verify(3, requested("DescribeAggregateComplianceByConformancePacks"));
    }

    @Test
    void summarizesTheConformancePacksPerAccount() {
        aws.stubFor(operation("GetAggregateConformancePackComplianceSummary")
                .willReturn(ok(fixture("config/get-aggregate-conformance-pack-compliance-summary.json"))));

        assertThat(config(3).conformancePackSummary(GroupBy.ACCOUNT_ID)).containsExactly(
                new ConformancePackSummary("222222222222", 1, 1), new ConformancePackSummary("333333333333", 2, 0));
        aws.verify(1, requested("GetAggregateConformancePackComplianceSummary").withRequestBody(equalToJson(
                "{\"ConfigurationAggregatorName\":\"skyway-organization\",\"GroupByKey\":\"ACCOUNT_ID\","
                        + "\"Limit\":100}")));
    }

    @Test
    void anUnknownAggregatorIsToldAsNotFound() {
        aws.stubFor(operation("DescribeAggregateComplianceByConfigRules").willReturn(error(
                "NoSuchConfigurationAggregatorException",
                "The configuration aggregator does not exist. Check the configuration aggregator name and try again.")));

        assertThatThrownBy(() -> config(3).ruleCompliance(null)).isInstanceOfSatisfying(AwsCallException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.NOT_FOUND);
            assertThat(e.getMessage()).contains("AWS Config", "of aggregator skyway-organization",
                    "configuration aggregator does not exist");
        });
        assertThat(pauses.pauses).isEmpty();
    }

    private static void stubPages(String operation, String fixture) {
        aws.stubFor(operation(operation).withRequestBody(matchingJsonPath("$.NextToken")).atPriority(2)
                .willReturn(ok(fixture("config/" + fixture + "-page-2.json"))));
        aws.stubFor(operation(operation).atPriority(3).willReturn(ok(fixture("config/" + fixture + "-page-1.json"))));
    }

    private static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name))
                .withHeader("Content-Type", equalTo(JSON));
    }

    private static RequestPatternBuilder requested(String name) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "9d1c7b3e-2f4a-4e6b-8c0d-1e2f3a4b5c6d").withBody(body);
    }

    /** Config's error shape: HTTP 400, {@code {"__type": "...", "message": "..."}}. */
    private static ResponseDefinitionBuilder error(String type, String message) {
        return aResponse().withStatus(400).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "req-" + type)
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }
}
