package dev.skyway.portal.compliance.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.fixture;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.json;
import static dev.skyway.portal.compliance.internal.aws.AwsStubs.restJsonError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * GetFindings (ASFF) and GetFindingsV2 (OCSF) through a real Security Hub client against WireMock speaking its
 * REST-JSON protocol ({@code POST /findings}, {@code POST /findingsv2}; errors typed by {@code x-amzn-ErrorType}).
 */
class SecurityHubFindingsTests {

    static final String PAGE_2_TOKEN = "U2FsdGVkX1+page2/findings==";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    final AwsStubs.Pauses pauses = new AwsStubs.Pauses();
    AwsClientFactory factory;

    SecurityHubFindings findings(int attempts, FindingsApi api) {
        factory = AwsStubs.factory(aws, attempts);
        return new SecurityHubFindings(factory.create(SecurityHubClient.builder()),
                new SecurityHubRequests(pauses.clock, pauses), api);
    }

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void readsEveryPageOfControlFindingsAndMapsTheirAsffFields() {
        stubAsffPages();
        List<Integer> pageSizes = new ArrayList<>();
        List<HubFinding> all = new ArrayList<>();

        int count = findings(3, FindingsApi.ASFF).forEachPage(HubFindingQuery.controlFindings(), page -> {
            pageSizes.add(page.size());
            all.addAll(page);
        });

        assertThat(count).isEqualTo(3);
        assertThat(pageSizes).containsExactly(2, 1);
        HubFinding bucket = all.getFirst();
        assertThat(bucket).isEqualTo(new HubFinding(
                "arn:aws:securityhub:eu-central-1:222222222222:security-control/S3.8/finding/"
                        + "3f2b1c9e-5d4a-4b7e-9c1f-2a3b4c5d6e7f",
                "arn:aws:securityhub:eu-central-1::product/aws/securityhub", "Security Hub", "222222222222",
                "eu-central-1", "AwsS3Bucket", "arn:aws:s3:::payments-prod-exports", "S3.8", "FAILED", "HIGH",
                "S3 general purpose buckets should block public access",
                "For information on how to correct this issue, consult the AWS Security Hub controls documentation.",
                "https://docs.aws.amazon.com/console/securityhub/S3.8/remediation",
                Instant.parse("2026-05-02T08:14:22.512Z"), Instant.parse("2026-06-15T07:58:10.031Z"),
                Instant.parse("2026-06-15T07:58:01.904Z"), "NEW", "ACTIVE",
                List.of("NIST.800-53.r5 AC-21", "NIST.800-53.r5 AC-3", "CIS AWS Foundations Benchmark v3.0.0/2.1.4"),
                List.of("standards/aws-foundational-security-best-practices/v/1.0.0",
                        "standards/cis-aws-foundations-benchmark/v/3.0.0")));
        assertThat(bucket.ref().productArn()).isEqualTo("arn:aws:securityhub:eu-central-1::product/aws/securityhub");

        HubFinding root = all.get(1);
        assertThat(root.complianceStatus()).isEqualTo("PASSED");
        assertThat(root.severity()).isEqualTo("CRITICAL");
        assertThat(root.workflowStatus()).isEqualTo("RESOLVED");
        assertThat(root.resourceType()).isEqualTo("AwsAccount");
        // an offset instead of Z is ISO-8601 too
        assertThat(root.firstObservedAt()).isEqualTo(Instant.parse("2026-04-11T00:02:41.118Z"));

        // a legacy CIS 1.2 finding: no SecurityControlId, the rule id in ProductFields, no Region of its own,
        // a severity told only as a normalized score, archived
        HubFinding legacy = all.get(2);
        assertThat(legacy.controlId()).isEqualTo("2.1");
        assertThat(legacy.region()).isEqualTo("eu-west-1");
        assertThat(legacy.severity()).isEqualTo("MEDIUM");
        assertThat(legacy.complianceStatus()).isEqualTo("WARNING");
        assertThat(legacy.recordState()).isEqualTo("ARCHIVED");
        assertThat(legacy.firstObservedAt()).isNull();
        assertThat(legacy.standards()).isEmpty();
    }

    @Test
    void asksForActiveSecurityHubFindingsOldestUpdateFirstAHundredAtATime() {
        stubAsffPages();

        findings(3, FindingsApi.ASFF).findings(HubFindingQuery.controlFindings());

        String firstPage = """
                {"Filters":{"RecordState":[{"Value":"ACTIVE","Comparison":"EQUALS"}],
                            "ProductName":[{"Value":"Security Hub","Comparison":"EQUALS"}]},
                 "SortCriteria":[{"Field":"UpdatedAt","SortOrder":"asc"}],
                 "MaxResults":100}""";
        aws.verify(1, postRequestedFor(urlEqualTo("/findings")).withRequestBody(equalToJson(firstPage)));
        aws.verify(1, postRequestedFor(urlEqualTo("/findings")).withRequestBody(equalToJson(
                firstPage.replace("\"MaxResults\":100", "\"MaxResults\":100,\"NextToken\":\"" + PAGE_2_TOKEN + "\""))));
    }

    @Test
    void anIncrementalSyncAsksForFindingsUpdatedSinceWithArchivedOnesAndAFixedEnd() {
        aws.stubFor(getFindings().willReturn(json("{\"Findings\":[]}")));

        HubFindingQuery query = HubFindingQuery.controlFindings()
                .updatedSince(Instant.parse("2026-06-14T09:55:00Z"))
                .forAccounts(List.of("222222222222", "333333333333"))
                .withComplianceStatuses(List.of("FAILED", "WARNING"))
                .forControls(List.of("S3.8"));
        assertThat(findings(3, FindingsApi.ASFF).findings(query)).isEmpty();

        aws.verify(1, postRequestedFor(urlEqualTo("/findings")).withRequestBody(equalToJson("""
                {"Filters":{
                   "UpdatedAt":[{"Start":"2026-06-14T09:55:00Z","End":"2100-01-01T00:00:00.000Z"}],
                   "RecordState":[{"Value":"ACTIVE","Comparison":"EQUALS"},{"Value":"ARCHIVED","Comparison":"EQUALS"}],
                   "ProductName":[{"Value":"Security Hub","Comparison":"EQUALS"}],
                   "ComplianceStatus":[{"Value":"FAILED","Comparison":"EQUALS"},{"Value":"WARNING","Comparison":"EQUALS"}],
                   "ComplianceSecurityControlId":[{"Value":"S3.8","Comparison":"EQUALS"}],
                   "AwsAccountId":[{"Value":"222222222222","Comparison":"EQUALS"},
                                   {"Value":"333333333333","Comparison":"EQUALS"}]},
                 "SortCriteria":[{"Field":"UpdatedAt","SortOrder":"asc"}],
                 "MaxResults":100}""")));
    }

    @Test
    void aPageThatStaysThrottledIsAskedAgainAfterABackoffWithoutRereadingThePagesBefore() {
        stubAsffPages();
        aws.stubFor(getFindings().withRequestBody(matchingJsonPath("$.NextToken")).atPriority(1)
                .inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(restJsonError(429, "TooManyRequestsException", "Rate exceeded"))
                .willSetStateTo("once"));
        aws.stubFor(getFindings().withRequestBody(matchingJsonPath("$.NextToken")).atPriority(1)
                .inScenario("busy").whenScenarioStateIs("once")
                .willReturn(restJsonError(429, "TooManyRequestsException", "Rate exceeded"))
                .willSetStateTo("calm"));

        List<HubFinding> all = findings(1, FindingsApi.ASFF).findings(HubFindingQuery.controlFindings());

        assertThat(all).hasSize(3);
        aws.verify(1, postRequestedFor(urlEqualTo("/findings")).withRequestBody(notContaining("NextToken")));
        aws.verify(3, postRequestedFor(urlEqualTo("/findings")).withRequestBody(matchingJsonPath("$.NextToken")));
        // two backoffs: 0.5-1 s, then 1-2 s
        assertThat(pauses.pauses).hasSize(2);
        assertThat(pauses.pauses.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(pauses.pauses.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void theSdkRetriesAThrottledPageItselfFirst() {
        stubAsffPages();
        aws.stubFor(getFindings().atPriority(1).inScenario("sdk").whenScenarioStateIs(STARTED)
                .willReturn(restJsonError(429, "ThrottlingException", "Rate exceeded")).willSetStateTo("calm"));

        assertThat(findings(3, FindingsApi.ASFF).findings(HubFindingQuery.controlFindings())).hasSize(3);
        assertThat(pauses.pauses).isEmpty();
        aws.verify(3, postRequestedFor(urlEqualTo("/findings")));
    }

    @Test
    void aRefusedReadSaysWhatThePortalNeeds() {
        aws.stubFor(getFindings().willReturn(restJsonError(403, "AccessDeniedException",
                "User: arn:aws:sts::111111111111:assumed-role/skyway/portal is not authorized to perform: "
                        + "securityhub:GetFindings")));

        assertThatThrownBy(() -> findings(3, FindingsApi.ASFF).findings(HubFindingQuery.controlFindings()))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.ACCESS_DENIED);
                    assertThat(e.failure().requestId()).isEqualTo("req-AccessDeniedException");
                    assertThat(e.getMessage()).contains("AWS Security Hub", "read the findings",
                            "securityhub:GetFindings");
                });
        assertThat(pauses.pauses).isEmpty();
    }

    @Test
    void aThrottlingThatNeverEndsGivesUpAfterFiveAttempts() {
        aws.stubFor(getFindings().willReturn(restJsonError(429, "TooManyRequestsException", "Rate exceeded")));

        assertThatThrownBy(() -> findings(1, FindingsApi.ASFF).findings(HubFindingQuery.controlFindings()))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.THROTTLED);
                    assertThat(e.getMessage()).contains("kept throttling", "the next sync will try again");
                });
        aws.verify(5, postRequestedFor(urlEqualTo("/findings")));
        assertThat(pauses.pauses).hasSize(4);
    }

    @Test
    void theOcsfApiReadsEveryPageAndMapsOcsfToTheSameWords() {
        aws.stubFor(getFindingsV2().withRequestBody(matchingJsonPath("$.NextToken")).atPriority(1)
                .willReturn(json(fixture("securityhub/get-findings-v2-page-2.json"))));
        aws.stubFor(getFindingsV2().atPriority(2).willReturn(json(fixture("securityhub/get-findings-v2-page-1.json"))));

        SecurityHubFindings ocsf = findings(3, FindingsApi.OCSF);
        List<HubFinding> all = ocsf.findings(HubFindingQuery.controlFindings()
                .updatedSince(Instant.parse("2026-06-14T09:55:00Z")).forAccounts(List.of("222222222222")));

        assertThat(all).hasSize(2);
        assertThat(all.getFirst()).isEqualTo(new HubFinding(
                "arn:aws:securityhub:eu-central-1:222222222222:security-control/S3.8/finding/"
                        + "3f2b1c9e-5d4a-4b7e-9c1f-2a3b4c5d6e7f",
                "arn:aws:securityhub:eu-central-1::product/aws/securityhub", "Security Hub", "222222222222",
                "eu-central-1", "AWS::S3::Bucket", "arn:aws:s3:::payments-prod-exports", "S3.8", "FAILED", "HIGH",
                "S3 general purpose buckets should block public access",
                "For information on how to correct this issue, consult the AWS Security Hub controls documentation.",
                "https://docs.aws.amazon.com/console/securityhub/S3.8/remediation",
                Instant.parse("2026-05-02T08:14:22.512Z"), Instant.parse("2026-06-15T07:58:10.031Z"),
                Instant.parse("2026-06-15T07:58:01.904Z"), "NEW", "ACTIVE",
                List.of("NIST.800-53.r5 AC-21", "NIST.800-53.r5 AC-3"),
                List.of("standards/aws-foundational-security-best-practices/v/1.0.0")));
        HubFinding root = all.get(1);
        assertThat(root.complianceStatus()).isEqualTo("PASSED");
        assertThat(root.severity()).isEqualTo("CRITICAL");
        assertThat(root.workflowStatus()).isEqualTo("RESOLVED");
        // epoch milliseconds where the _dt text is missing
        assertThat(root.firstObservedAt()).isEqualTo(Instant.parse("2026-04-11T00:02:41.118Z"));
        assertThat(root.updatedAt()).isEqualTo(Instant.parse("2026-06-15T08:03:47.210Z"));
        assertThat(root.region()).isEqualTo("eu-central-1");

        aws.verify(1, postRequestedFor(urlEqualTo("/findingsv2")).withRequestBody(equalToJson("""
                {"Filters":{"CompositeFilters":[
                   {"StringFilters":[{"FieldName":"metadata.product.name",
                                      "Filter":{"Value":"Security Hub","Comparison":"EQUALS"}}],"Operator":"OR"},
                   {"StringFilters":[{"FieldName":"cloud.account.uid",
                                      "Filter":{"Value":"222222222222","Comparison":"EQUALS"}}],"Operator":"OR"},
                   {"DateFilters":[{"FieldName":"finding_info.modified_time_dt",
                                    "Filter":{"Start":"2026-06-14T09:55:00Z","End":"2100-01-01T00:00:00.000Z"}}],
                    "Operator":"AND"}],
                  "CompositeOperator":"AND"},
                 "MaxResults":100}""")));
        aws.verify(1, postRequestedFor(urlEqualTo("/findingsv2"))
                .withRequestBody(matchingJsonPath("$.NextToken", equalTo("ocsf-page-2"))));
    }

    private static void stubAsffPages() {
        aws.stubFor(getFindings().withRequestBody(matchingJsonPath("$.NextToken")).atPriority(2)
                .willReturn(json(fixture("securityhub/get-findings-page-2.json"))));
        aws.stubFor(getFindings().atPriority(3).willReturn(json(fixture("securityhub/get-findings-page-1.json"))));
    }

    private static MappingBuilder getFindings() {
        return post(urlEqualTo("/findings"));
    }

    private static MappingBuilder getFindingsV2() {
        return post(urlEqualTo("/findingsv2"));
    }
}
