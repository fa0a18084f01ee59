package dev.skyway.portal.cost.internal.sources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostImports;
import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * AWS mode with Cost Explorer as the source, the real SDK against WireMock: the sync pulls daily cost (two paid
 * requests, counted), stores it as rollups, and then every dashboard read (breakdown, daily series, overview,
 * forecast, anomalies, showback, imports) makes no Cost Explorer call at all.
 */
@SpringBootTest(classes = CostTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"portal.cost.source=COST_EXPLORER", "portal.cost.cost-explorer.billing-account-id=111122223333",
                "portal.cost.scheduled-sync=false"})
@Import(CostExplorerModeTests.AwsModeClients.class)
class CostExplorerModeTests {

    static final WireMockServer AWS = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        AWS.start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @TestConfiguration
    static class AwsModeClients {

        @Bean
        @Primary
        AwsClientFactory awsModeFactory() {
            return new AwsClientFactory(new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                    URI.create(AWS.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 1),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        }
    }

    @Autowired
    SyncRunner runner;

    @Autowired
    CostSourceSync sync;

    @Autowired
    CostReports reports;

    @Autowired
    CostInsights insights;

    @Autowired
    CostImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void costExplorerAnswers() {
        clock.set(Instant.parse("2026-06-02T06:00:00Z"));
        AWS.resetAll();
        AWS.stubFor(costAndUsage().withRequestBody(matchingJsonPath("$.GroupBy[1].Key", equalTo("SERVICE")))
                .willReturn(ok(BY_SERVICE)));
        AWS.stubFor(costAndUsage().withRequestBody(matchingJsonPath("$.GroupBy[1].Type", equalTo("TAG")))
                .willReturn(ok(BY_TEAM)));
        TestUsers.loginAs("fay", Role.FINANCE);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @AfterAll
    static void stop() {
        AWS.stop();
    }

    @Test
    void theSyncPullsCostExplorerCountsEveryPaidRequestAndStoresRollups() {
        assertThat(runner.run(sync).state()).isEqualTo(SyncState.SUCCEEDED);

        assertThat(AWS.getAllServeEvents()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from cost.ce_request where outcome = 'OK'", Integer.class))
                .isEqualTo(2);
        Breakdown byService = reports.breakdown(new CostQuery(LocalDate.parse("2026-05-31"),
                LocalDate.parse("2026-06-02"), CostMetric.BilledCost, "ServiceName", Map.of(), null));
        assertThat(byService.groups()).extracting(Breakdown.Group::key, g -> g.amount().setScale(2))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amazon Elastic Compute Cloud - Compute",
                        new BigDecimal("21.50")), org.assertj.core.groups.Tuple.tuple("Tax", new BigDecimal("1.05")));
        assertThat(reports.daily(new CostQuery(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-02"),
                CostMetric.BilledCost, null, Map.of(), null)).series().getFirst().points().getFirst().estimated())
                .as("Cost Explorer flags June 1 as estimated").isTrue();
    }

    @Test
    void dashboardsMakeNoCostExplorerCall() {
        runner.run(sync);
        AWS.resetRequests();
        int paid = jdbc.queryForObject("select count(*) from cost.ce_request", Integer.class);

        LocalDate start = LocalDate.parse("2026-05-01");
        LocalDate end = LocalDate.parse("2026-06-03");
        for (String group : CostQuery.GROUPS) {
            reports.breakdown(new CostQuery(start, end, CostMetric.EffectiveCost, group, Map.of(), null));
        }
        reports.breakdown(new CostQuery(start, end, CostMetric.BilledCost, "tag:team", Map.of(), null));
        reports.daily(new CostQuery(start, end, CostMetric.EffectiveCost, "ServiceName", Map.of(), null));
        insights.overview(CostMetric.EffectiveCost);
        insights.forecast(CostMetric.EffectiveCost, 30);
        insights.anomalies(start, end);
        reports.showback(YearMonth.of(2026, 5), CostMetric.EffectiveCost);
        imports.recent(20);

        assertThat(AWS.getAllServeEvents()).as("requests to AWS while rendering dashboards").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from cost.ce_request", Integer.class)).isEqualTo(paid);
    }

    static MappingBuilder costAndUsage() {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target",
                equalTo("AWSInsightsIndexService.GetCostAndUsage"));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withHeader("x-amzn-RequestId", "req-ok").withBody(body);
    }

    static String metrics(String unblended, String amortized) {
        return """
                {"UnblendedCost":{"Amount":"%s","Unit":"USD"},"AmortizedCost":{"Amount":"%s","Unit":"USD"},
                 "NetAmortizedCost":{"Amount":"%s","Unit":"USD"}}""".formatted(unblended, amortized, amortized);
    }

    static final String BY_SERVICE = """
            {"GroupDefinitions":[{"Type":"DIMENSION","Key":"LINKED_ACCOUNT"},{"Type":"DIMENSION","Key":"SERVICE"}],
             "ResultsByTime":[
               {"TimePeriod":{"Start":"2026-05-31","End":"2026-06-01"},"Total":{},"Estimated":false,
                "Groups":[
                  {"Keys":["382272806015","Amazon Elastic Compute Cloud - Compute"],"Metrics":%s},
                  {"Keys":["382272806015","Tax"],"Metrics":%s}]},
               {"TimePeriod":{"Start":"2026-06-01","End":"2026-06-02"},"Total":{},"Estimated":true,
                "Groups":[
                  {"Keys":["382272806015","Amazon Elastic Compute Cloud - Compute"],"Metrics":%s}]}],
             "DimensionValueAttributes":[{"Value":"382272806015","Attributes":{"description":"payments-prod"}}]}"""
            .formatted(metrics("10.50", "8.25"), metrics("1.05", "1.05"), metrics("11.00", "9.00"));

    static final String BY_TEAM = """
            {"GroupDefinitions":[{"Type":"DIMENSION","Key":"LINKED_ACCOUNT"},{"Type":"TAG","Key":"team"}],
             "ResultsByTime":[
               {"TimePeriod":{"Start":"2026-05-31","End":"2026-06-01"},"Total":{},"Estimated":false,
                "Groups":[{"Keys":["382272806015","team$payments"],"Metrics":%s}]}],
             "DimensionValueAttributes":[]}""".formatted(metrics("11.55", "9.30"));
}
