package dev.skyway.portal.compliance.internal.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.compliance.internal.aws.ConfigAggregatorCompliance;
import dev.skyway.portal.compliance.internal.aws.FindingsApi;
import dev.skyway.portal.compliance.internal.aws.SecurityHubControls;
import dev.skyway.portal.compliance.internal.aws.SecurityHubFindings;
import dev.skyway.portal.compliance.internal.aws.SecurityHubRequests;
import dev.skyway.portal.compliance.internal.aws.ThrottlingRetries;
import dev.skyway.portal.compliance.internal.imports.FindingImporter;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;
import dev.skyway.testsupport.ComplianceTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

/**
 * The AWS-mode syncs on H2 through the platform's sync runner, against WireMock answering with the adapters' fixtures
 * (real response shapes, two pages each): Security Hub's control findings land in the finding store and the cursor
 * moves to the newest {@code UpdatedAt}, so the next run asks only for what changed since (minus the overlap); the
 * enabled standard's controls and the control definitions replace the stored ones; the Config aggregator's rules and
 * conformance packs become CONFIG findings.
 */
@SpringBootTest(classes = ComplianceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AwsSyncsH2Tests {

    static final String REGION = "eu-central-1";
    static final String AGGREGATOR = "skyway-organization";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    FindingImporter importer;

    @Autowired
    SyncCursors cursors;

    @Autowired
    ControlRows controls;

    @Autowired
    SyncRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    AwsClientFactory factory;

    @BeforeEach
    void clean() {
        jdbc.update("delete from compliance.finding where source in ('SECURITY_HUB', 'CONFIG')");
        jdbc.update("delete from compliance.sync_state");
        jdbc.update("delete from compliance.control_definition where source = 'SECURITY_HUB'");
        jdbc.update("delete from compliance.control_enablement where source = 'SECURITY_HUB'");
        clock.set(Instant.parse("2026-06-15T10:00:00Z"));
        factory = new AwsClientFactory(new AwsProperties(AwsMode.AWS, REGION, null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 1),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
    }

    @AfterEach
    void close() {
        factory.close();
        clock.reset();
    }

    @Test
    void securityHubFindingsArriveIncrementallyWithTheEnabledControls() {
        stubSecurityHub();
        SecurityHubSync sync = securityHub();

        SyncStatus first = runner.run(sync);

        assertThat(first.state()).as(first.message()).isEqualTo(SyncState.SUCCEEDED);
        assertThat(first.items()).isEqualTo(3);
        assertThat(statuses("SECURITY_HUB")).containsEntry("S3.8|222222222222", "FAIL")
                .containsEntry("2.1|444444444444", "NOT_AVAILABLE").hasSize(3);
        assertThat(cursors.cursor("SECURITY_HUB", REGION)).contains("2026-06-15T08:10:12Z");
        assertThat(jdbc.queryForList("select control_id from compliance.control_definition where source = "
                + "'SECURITY_HUB' order by control_id", String.class)).containsExactly("ACM.1", "IAM.6", "S3.8");
        assertThat(jdbc.queryForList("select control_id || ':' || enabled from compliance.control_enablement "
                        + "where source = 'SECURITY_HUB' and standard_id <> '' order by control_id", String.class))
                .containsExactly("Macie.1:FALSE", "S3.8:TRUE");
        assertThat(jdbc.queryForObject("select count(*) from compliance.control_enablement where source = "
                + "'SECURITY_HUB' and standard_id = '' and control_id = 'Macie.1' and enabled = false",
                Integer.class)).as("off in every standard: off for every account with findings").isEqualTo(3);

        SyncStatus second = runner.run(sync);

        assertThat(second.state()).isEqualTo(SyncState.SUCCEEDED);
        // both pages of the second run, the same filter with the next page's token
        aws.verify(2, postRequestedFor(urlEqualTo("/findings")).withRequestBody(matchingJsonPath(
                "$.Filters.UpdatedAt[0].Start", equalTo("2026-06-15T08:05:12Z"))));
        assertThat(jdbc.queryForList("select full_scan from compliance.finding_import where origin = "
                + "'SECURITY_HUB' order by started_at, finished_at", Boolean.class)).containsExactly(true, false);
    }

    @Test
    void configRulesAndConformancePacksBecomeConfigFindings() {
        stubConfig();
        ConfigSync sync = new ConfigSync(new ConfigAggregatorCompliance(factory.create(ConfigClient.builder()),
                AGGREGATOR, new ThrottlingRetries(pause -> { })), importer, cursors, AGGREGATOR, clock);

        SyncStatus status = runner.run(sync);

        assertThat(status.state()).as(status.message()).isEqualTo(SyncState.SUCCEEDED);
        assertThat(statuses("CONFIG"))
                .containsEntry("s3-bucket-level-public-access-prohibited|222222222222", "FAIL")
                .containsEntry("root-account-hardware-mfa-enabled|333333333333", "PASS")
                .containsEntry("ec2-instance-managed-by-systems-manager|333333333333", "NOT_AVAILABLE")
                .containsEntry("conformance-pack/Operational-Best-Practices-for-CIS-AWS-v1.4-Level1|222222222222",
                        "FAIL")
                .containsEntry("conformance-pack/Operational-Best-Practices-for-CIS-AWS-v1.4-Level1|333333333333",
                        "PASS")
                .containsEntry("conformance-pack/Security-Services-Pack|444444444444", "NOT_AVAILABLE");
        assertThat(jdbc.queryForObject("select count(*) from compliance.finding where source = 'CONFIG' and "
                + "resource_id = 'payments-prod-exports'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_success_at is not null from compliance.sync_state where "
                + "source = 'CONFIG' and scope = ?", Boolean.class, AGGREGATOR)).isTrue();
    }

    private SecurityHubSync securityHub() {
        SecurityHubClient hub = factory.create(SecurityHubClient.builder());
        SecurityHubRequests requests = new SecurityHubRequests(clock, pause -> clock.advance(pause));
        return new SecurityHubSync(new SecurityHubFindings(hub, requests, FindingsApi.ASFF),
                new SecurityHubControls(hub, requests), importer, cursors, controls, REGION, clock);
    }

    /** control|account -> status of the source's open findings (the worst when a control has several). */
    private Map<String, String> statuses(String source) {
        Map<String, String> out = new java.util.TreeMap<>();
        jdbc.queryForList("select control_id, account_id, status from compliance.finding where source = ? and "
                + "resolved_at is null", source).forEach(r -> out.merge(r.get("control_id") + "|"
                + r.get("account_id"), (String) r.get("status"), (a, b) -> a.equals("FAIL") ? a : b));
        return out;
    }

    private static void stubSecurityHub() {
        aws.stubFor(post(urlEqualTo("/findings")).withRequestBody(matchingJsonPath("$.NextToken")).atPriority(2)
                .willReturn(json(fixture("securityhub/get-findings-page-2.json"))));
        aws.stubFor(post(urlEqualTo("/findings")).atPriority(3)
                .willReturn(json(fixture("securityhub/get-findings-page-1.json"))));
        aws.stubFor(post(urlEqualTo("/standards/get")).withRequestBody(matchingJsonPath("$.NextToken")).atPriority(1)
                .willReturn(json(fixture("securityhub/get-enabled-standards-page-2.json"))));
        aws.stubFor(post(urlEqualTo("/standards/get")).atPriority(2)
                .willReturn(json(fixture("securityhub/get-enabled-standards-page-1.json"))));
        aws.stubFor(get(urlPathMatching("/standards/controls/.+")).withQueryParam("NextToken",
                        com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(json(fixture("securityhub/describe-standards-controls-page-1.json"))));
        aws.stubFor(get(urlPathMatching("/standards/controls/.+"))
                .withQueryParam("NextToken", equalTo("std-controls-2"))
                .willReturn(json(fixture("securityhub/describe-standards-controls-page-2.json"))));
        aws.stubFor(get(urlPathEqualTo("/securityControls/definitions")).withQueryParam("NextToken",
                        com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(json(fixture("securityhub/list-security-control-definitions-page-1.json"))));
        aws.stubFor(get(urlPathEqualTo("/securityControls/definitions"))
                .withQueryParam("NextToken", equalTo("controls-2"))
                .willReturn(json(fixture("securityhub/list-security-control-definitions-page-2.json"))));
    }

    private static void stubConfig() {
        for (var entry : List.of(
                List.of("DescribeAggregateComplianceByConfigRules", "describe-aggregate-compliance-by-config-rules"),
                List.of("GetAggregateComplianceDetailsByConfigRule", "get-aggregate-compliance-details-by-config-rule"),
                List.of("DescribeAggregateComplianceByConformancePacks",
                        "describe-aggregate-compliance-by-conformance-packs"))) {
            aws.stubFor(config(entry.get(0)).withRequestBody(matchingJsonPath("$.NextToken")).atPriority(2)
                    .willReturn(configJson(fixture("config/" + entry.get(1) + "-page-2.json"))));
            aws.stubFor(config(entry.get(0)).atPriority(3)
                    .willReturn(configJson(fixture("config/" + entry.get(1) + "-page-1.json"))));
        }
    }

    private static MappingBuilder config(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("StarlingDoveService." + operation));
    }

    private static ResponseDefinitionBuilder configJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-RequestId", "9d1c7b3e-2f4a-4e6b-8c0d-1e2f3a4b5c6d").withBody(body);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "5b1f9e2c-7a3d-4e8b-9c0f-1d2e3f4a5b6c").withBody(body);
    }

    private static String fixture(String path) {
        try (InputStream in = AwsSyncsH2Tests.class.getResourceAsStream("/aws/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture aws/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
