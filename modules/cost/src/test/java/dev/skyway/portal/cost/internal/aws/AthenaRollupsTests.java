package dev.skyway.portal.cost.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.engine.PeriodScope;
import dev.skyway.portal.cost.internal.engine.RollupBatch;
import dev.skyway.portal.cost.internal.engine.RollupRow;
import dev.skyway.portal.cost.internal.engine.TagRollupRow;
import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * Athena rollups through a real client against WireMock with Athena's JSON 1.1 protocol
 * ({@code X-Amz-Target: AmazonAthena.<Operation>}): the query goes QUEUED, RUNNING, SUCCEEDED; results come in two
 * pages whose first row is the header; values are {@code VarCharValue} strings, absent for NULL.
 */
class AthenaRollupsTests {

    static final String TARGET = "AmazonAthena.";
    static final String JSON = "application/x-amz-json-1.1";
    static final CostProperties.Athena SETTINGS = new CostProperties.Athena("finops", "cid_data_export", "focus",
            "s3://athena-results-111111111111/skyway/");
    static final Instant NOW = Instant.parse("2025-11-21T12:30:00Z");
    static final Duration POLL = Duration.ofSeconds(2);

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    final List<Duration> sleeps = new ArrayList<>();

    AthenaRollups rollups(int attempts, Duration timeout) {
        return rollups(attempts, SETTINGS, timeout);
    }

    AthenaRollups rollups(int attempts, CostProperties.Athena settings, Duration timeout) {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), attempts);
        factory = new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        AthenaClient athena = factory.create(AthenaClient.builder());
        return new AthenaRollups(athena, settings, AthenaTagKeys.defaults(), Clock.fixed(NOW, ZoneOffset.UTC),
                sleeps::add, POLL, timeout);
    }

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void startsThePeriodsQueryWaitsForItAndReadsEveryResultPage() {
        stubStart();
        stubStates("QUEUED", "RUNNING", "SUCCEEDED");
        stubResults();

        RollupBatch batch = rollups(3, Duration.ofMinutes(5)).rollups("2025-11");

        assertThat(batch.rows()).hasSize(3);
        RollupRow compute = batch.rows().getFirst();
        assertThat(compute).isEqualTo(new RollupRow(LocalDate.of(2025, 11, 1), "2025-11", "AWS", "111111111111",
                "222222222222", "payments-prod", "Amazon Elastic Compute Cloud", "Compute", "eu-central-1", "Usage",
                null, "Standard", null, "payments", "cc-100", "REQ-2025-0042", null, null, "USD",
                new BigDecimal("12.3456789012"), new BigDecimal("10.0000000000"), new BigDecimal("15.5000000000"),
                new BigDecimal("15.5000000000"), 48, false));
        RollupRow tax = batch.rows().get(1);
        assertThat(tax.regionId()).isEmpty(); // tax has no region: NULL in the table, empty in the rollup
        assertThat(tax.teamTag()).isNull();
        assertThat(tax.listCost()).isEqualByComparingTo("0"); // every value NULL: the sum is NULL, read as zero
        RollupRow credit = batch.rows().get(2);
        assertThat(credit.billedCost()).isEqualByComparingTo("-5.25");
        assertThat(credit.chargeClass()).isEqualTo("Correction");
        assertThat(batch.periods()).isEqualTo(Map.of(
                new PeriodScope("AWS", "111111111111", "2025-11"), 49L,
                new PeriodScope("AWS", "999999999999", "2025-11"), 2L));
        assertThat(batch.dataAsOf()).isEqualTo(Instant.parse("2025-11-21T12:00:12.345Z"));
        assertThat(batch.estimated()).isFalse();
        assertThat(batch.tagRows()).isEmpty();
        assertThat(sleeps).containsExactly(POLL, POLL); // QUEUED and RUNNING were each followed by one pause
        aws.verify(3, requested("GetQueryExecution").withRequestBody(equalToJson(
                "{\"QueryExecutionId\":\"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\"}")));
        aws.verify(2, requested("GetQueryResults"));
    }

    @Test
    void withTagsASecondQueryRollsUpEveryTagOfThePeriod() {
        stubStart();
        stubStates("SUCCEEDED");
        stubResults();
        String tagQuery = "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d";
        aws.stubFor(operation("StartQueryExecution").atPriority(1).withRequestBody(containing("UNNEST(Tags)"))
                .willReturn(ok("{\"QueryExecutionId\":\"" + tagQuery + "\"}")));
        aws.stubFor(operation("GetQueryExecution").atPriority(1).withRequestBody(containing(tagQuery))
                .willReturn(ok(execution("SUCCEEDED", ",\"CompletionDateTime\":1.7637265E9")
                        .replace("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b", tagQuery))));
        aws.stubFor(operation("GetQueryResults").atPriority(1).withRequestBody(containing(tagQuery)).willReturn(ok(
                "{\"UpdateCount\":0,\"ResultSet\":{\"Rows\":["
                        + row(AthenaRollupQuery.TAG_COLUMNS.toArray(String[]::new)) + ","
                        + row("2025-11-01", "2025-11", "AWS", "111111111111", "222222222222", "payments", "team",
                        "payments", "USD", "12.3456789012", "10.0000000000", "15.5000000000", "15.5000000000") + ","
                        + row("2025-11-01", "2025-11", "AWS", "111111111111", "222222222222", "payments",
                        "aws:createdBy", "AssumedRole:AROAEXAMPLE:ci", "USD", "2.0000000000", "2.0000000000", null,
                        "2.0000000000")
                        + "]}}")));

        RollupBatch batch = rollups(3, Duration.ofMinutes(5)).rollupsWithTags("2025-11");

        assertThat(batch.rows()).hasSize(3);
        assertThat(batch.tagRows()).containsExactly(
                new TagRollupRow(LocalDate.of(2025, 11, 1), "2025-11", "AWS", "111111111111", "222222222222",
                        "payments", "team", "payments", "USD", new BigDecimal("12.3456789012"),
                        new BigDecimal("10.0000000000"), new BigDecimal("15.5000000000"),
                        new BigDecimal("15.5000000000")),
                new TagRollupRow(LocalDate.of(2025, 11, 1), "2025-11", "AWS", "111111111111", "222222222222",
                        "payments", "aws:createdBy", "AssumedRole:AROAEXAMPLE:ci", "USD", new BigDecimal("2.0000000000"),
                        new BigDecimal("2.0000000000"), BigDecimal.ZERO, new BigDecimal("2.0000000000")));
        assertThat(batch.dataAsOf()).isEqualTo(Instant.parse("2025-11-21T12:00:12.345Z")); // the daily query's
        aws.verify(2, requested("StartQueryExecution"));
    }

    @Test
    void theQueryNamesTheTableTheWorkgroupTheDatabaseAndTheResultsLocation() {
        stubStart();
        stubStates("SUCCEEDED");
        stubResults();

        rollups(3, Duration.ofMinutes(5)).rollups("2025-11");

        aws.verify(1, requested("StartQueryExecution").withRequestBody(equalToJson("""
                {"QueryString":"${json-unit.any-string}","ClientRequestToken":"${json-unit.any-string}",
                 "QueryExecutionContext":{"Database":"cid_data_export"},
                 "ResultConfiguration":{"OutputLocation":"s3://athena-results-111111111111/skyway/"},
                 "WorkGroup":"finops"}""")));
        String body = aws.findAll(requested("StartQueryExecution")).getFirst().getBodyAsString();
        assertThat(body).contains("FROM \\\"cid_data_export\\\".\\\"focus\\\"",
                "WHERE billing_period = '2025-11'", "GROUP BY 1, 2, 3");
    }

    @Test
    void withoutAnOutputLocationTheWorkgroupsIsUsed() {
        stubStart();
        stubStates("SUCCEEDED");
        stubResults();

        rollups(3, new CostProperties.Athena(null, "cid_data_export", "focus", null), Duration.ofMinutes(5))
                .rollups("2025-11");

        String body = aws.findAll(requested("StartQueryExecution")).getFirst().getBodyAsString();
        assertThat(body).doesNotContain("ResultConfiguration").contains("\"WorkGroup\":\"primary\"");
    }

    @Test
    void tooManyRequestsIsRetriedByTheClientThenTheQueryStarts() {
        stubStart();
        aws.stubFor(operation("StartQueryExecution").atPriority(1).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(error(400, "TooManyRequestsException", "Rate exceeded",
                        ",\"Reason\":\"CONCURRENT_QUERY_LIMIT_EXCEEDED\""))
                .willSetStateTo("free"));
        aws.stubFor(operation("GetQueryExecution").atPriority(1).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(error(400, "ThrottlingException", "Rate exceeded", "")).willSetStateTo("calm"));
        stubStates("SUCCEEDED");
        stubResults();

        assertThat(rollups(3, Duration.ofMinutes(5)).rollups("2025-11").rows()).hasSize(3);

        aws.verify(2, requested("StartQueryExecution"));
        aws.verify(2, requested("GetQueryExecution"));
    }

    @Test
    void aFailedQueryFailsWithAthenasReason() {
        stubStart();
        aws.stubFor(operation("GetQueryExecution").willReturn(ok(execution("FAILED", """
                ,"StateChangeReason":"TABLE_NOT_FOUND: line 23:6: Table 'awsdatacatalog.cid_data_export.focus' \
                does not exist","AthenaError":{"ErrorCategory":2,"ErrorType":1301,"Retryable":false,\
                "ErrorMessage":"TABLE_NOT_FOUND: line 23:6: Table 'awsdatacatalog.cid_data_export.focus' does not \
                exist"}"""))));

        assertThatThrownBy(() -> rollups(3, Duration.ofMinutes(5)).rollups("2025-11"))
                .isInstanceOfSatisfying(AthenaQueryException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Athena failed the query that rolls up billing period "
                            + "2025-11 (6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b): TABLE_NOT_FOUND: line 23:6: "
                            + "Table 'awsdatacatalog.cid_data_export.focus' does not exist");
                    assertThat(e.queryExecutionId()).isEqualTo("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");
                    assertThat(e.retryable()).isFalse();
                });
        aws.verify(0, requested("GetQueryResults"));
    }

    @Test
    void aCancelledQueryFails() {
        stubStart();
        aws.stubFor(operation("GetQueryExecution").willReturn(ok(execution("CANCELLED",
                ",\"StateChangeReason\":\"Query cancelled by user\""))));

        assertThatThrownBy(() -> rollups(3, Duration.ofMinutes(5)).rollups("2025-11"))
                .isInstanceOf(AthenaQueryException.class).hasMessageContaining("was cancelled in Athena: Query "
                        + "cancelled by user");
    }

    @Test
    void aQueryThatOutlastsTheTimeoutIsStopped() {
        stubStart();
        aws.stubFor(operation("GetQueryExecution").willReturn(ok(execution("RUNNING", ""))));
        aws.stubFor(operation("StopQueryExecution").willReturn(ok("{}")));

        assertThatThrownBy(() -> rollups(3, Duration.ofSeconds(10)).rollups("2025-11"))
                .isInstanceOfSatisfying(AthenaQueryException.class, e -> {
                    assertThat(e.getMessage()).contains("did not finish within PT10S; it was stopped");
                    assertThat(e.retryable()).isTrue();
                });
        aws.verify(5, requested("GetQueryExecution")); // 10 s at one check every 2 s
        assertThat(sleeps).hasSize(4);
        aws.verify(1, requested("StopQueryExecution").withRequestBody(equalToJson(
                "{\"QueryExecutionId\":\"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\"}")));
    }

    @Test
    void aRefusedStartIsExplainedWithWhatThePortalNeeds() {
        aws.stubFor(operation("StartQueryExecution").willReturn(error(400, "AccessDeniedException",
                "User is not authorized to perform: athena:StartQueryExecution", "")));

        assertThatThrownBy(() -> rollups(3, Duration.ofMinutes(5)).rollups("2025-11"))
                .isInstanceOfSatisfying(AwsCallException.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.ACCESS_DENIED);
                    assertThat(e.getMessage()).contains("start the query that rolls up billing period 2025-11",
                            "athena:StartQueryExecution in workgroup finops");
                });
    }

    @Test
    void settingsThatWouldInjectSqlAreRefusedBeforeAnyCall() {
        CostProperties.Athena hostile = new CostProperties.Athena("primary", "cid_data_export",
                "focus\" WHERE 1=1; --", null);

        assertThatThrownBy(() -> rollups(3, hostile, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portal.cost.athena.table");
        assertThatThrownBy(() -> rollups(3, Duration.ofMinutes(5)).rollups("2025-11'; DROP TABLE focus; --"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(aws.getAllServeEvents()).isEmpty();
    }

    @Test
    void anAnswerWithoutTheExpectedColumnsIsRefused() {
        stubStart();
        stubStates("SUCCEEDED");
        aws.stubFor(operation("GetQueryResults").willReturn(ok("""
                {"UpdateCount":0,"ResultSet":{"Rows":[{"Data":[{"VarCharValue":"charge_day"}]},
                 {"Data":[{"VarCharValue":"2025-11-01"}]}],
                 "ResultSetMetadata":{"ColumnInfo":[{"CatalogName":"hive","SchemaName":"","TableName":"",
                 "Name":"charge_day","Label":"charge_day","Type":"date","Precision":0,"Scale":0,
                 "Nullable":"UNKNOWN","CaseSensitive":false}]}}}""")));

        assertThatThrownBy(() -> rollups(3, Duration.ofMinutes(5)).rollups("2025-11"))
                .isInstanceOf(AthenaQueryException.class).hasMessageContaining("answered without the columns");
    }

    // --- Athena's JSON 1.1 protocol as WireMock answers it

    private static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name))
                .withHeader("Content-Type", equalTo(JSON));
    }

    private static RequestPatternBuilder requested(String name) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "b8a7c6d5-0000-4e4f-9a9b-0123456789ab").withBody(body);
    }

    private static ResponseDefinitionBuilder error(int status, String type, String message, String extra) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "req-" + type)
                .withBody("{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"" + extra + "}");
    }

    private static void stubStart() {
        aws.stubFor(operation("StartQueryExecution").willReturn(ok(
                "{\"QueryExecutionId\":\"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\"}")));
    }

    /** GetQueryExecution answering the states in turn, the last one for good. */
    private static void stubStates(String... states) {
        for (int i = 0; i < states.length; i++) {
            String now = i == 0 ? STARTED : "poll-" + i;
            String statusExtra = states[i].equals("SUCCEEDED") ? ",\"CompletionDateTime\":1.763726412345E9" : "";
            ScenarioMappingBuilder poll = operation("GetQueryExecution").inScenario("states").whenScenarioStateIs(now)
                    .willReturn(ok(execution(states[i], statusExtra)));
            aws.stubFor(i + 1 < states.length ? poll.willSetStateTo("poll-" + (i + 1)) : poll);
        }
    }

    /** A QueryExecution as GetQueryExecution returns it; {@code statusExtra} adds members to Status. */
    private static String execution(String state, String statusExtra) {
        return """
                {"QueryExecution":{"QueryExecutionId":"6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
                 "Query":"SELECT date(ChargePeriodStart) AS charge_day ...","StatementType":"DML",
                 "ResultConfiguration":{"OutputLocation":"s3://athena-results-111111111111/skyway/\
                6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b.csv"},
                 "ResultReuseConfiguration":{"ResultReuseByAgeConfiguration":{"Enabled":false}},
                 "QueryExecutionContext":{"Database":"cid_data_export","Catalog":"awsdatacatalog"},
                 "Status":{"State":"%s","SubmissionDateTime":1.763726401123E9%s},
                 "Statistics":{"EngineExecutionTimeInMillis":9876,"DataScannedInBytes":734003200,
                  "TotalExecutionTimeInMillis":11222,"QueryQueueTimeInMillis":311,"ServicePreProcessingTimeInMillis":87,
                  "QueryPlanningTimeInMillis":1203,"ServiceProcessingTimeInMillis":48,
                  "ResultReuseInformation":{"ReusedPreviousResult":false}},
                 "WorkGroup":"finops",
                 "EngineVersion":{"SelectedEngineVersion":"AUTO","EffectiveEngineVersion":"Athena engine version 3"},
                 "SubstatementType":"SELECT"}}""".formatted(state, statusExtra);
    }

    /**
     * Two pages: the header row and two rows with NextToken, then one row. NULLs are data without VarCharValue;
     * sums come as decimals.
     */
    private static void stubResults() {
        aws.stubFor(operation("GetQueryResults").withRequestBody(notContaining("NextToken")).willReturn(ok(
                "{\"UpdateCount\":0,\"ResultSet\":{\"Rows\":[" + row(AthenaRollupQuery.DAILY_COLUMNS.toArray(String[]::new))
                        + "," + row("2025-11-01", "2025-11", "AWS", "111111111111", "222222222222", "payments-prod",
                        "Amazon Elastic Compute Cloud", "Compute", "eu-central-1", "Usage", null, "Standard", null,
                        "USD", "payments", "cc-100", "REQ-2025-0042", "12.3456789012", "10.0000000000",
                        "15.5000000000", "15.5000000000", "48")
                        + "," + row("2025-11-01", "2025-11", "AWS", "111111111111", "222222222222", "payments-prod",
                        "Tax", "Other", null, "Tax", null, null, null, "USD", null, null, null, "1.2000000000",
                        "1.2000000000", null, "1.2000000000", "1")
                        + "],\"ResultSetMetadata\":" + metadata() + "},"
                        + "\"NextToken\":\"AUMzQ0AAAAAAAAABh0VH7uIUHR5ZSzXkRNDERBVjZFUlRJUlMyNk1aVzFHWFBWTkVUUUk=\"}")));
        aws.stubFor(operation("GetQueryResults").withRequestBody(containing(
                "\"NextToken\":\"AUMzQ0AAAAAAAAABh0VH7uIUHR5ZSzXkRNDERBVjZFUlRJUlMyNk1aVzFHWFBWTkVUUUk=\""))
                .willReturn(ok("{\"UpdateCount\":0,\"ResultSet\":{\"Rows\":["
                        + row("2025-11-02", "2025-11", "AWS", "999999999999", "333333333333", "data-lake-dev",
                        "Amazon Simple Storage Service", "Storage", "eu-west-1", "Credit", "Correction", null, null,
                        "USD", "data", null, null, "-5.2500000000", "-5.2500000000", "0E-10", "-5.2500000000",
                        "2")
                        + "],\"ResultSetMetadata\":" + metadata() + "}}")));
    }

    private static String row(String... values) {
        StringBuilder json = new StringBuilder("{\"Data\":[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append(values[i] == null ? "{}"
                    : "{\"VarCharValue\":\"" + values[i] + "\"}");
        }
        return json.append("]}").toString();
    }

    private static String metadata() {
        List<String> columns = new ArrayList<>();
        for (String name : AthenaRollupQuery.DAILY_COLUMNS) {
            String type = name.equals("charge_day") ? "date" : name.equals("line_items") ? "bigint"
                    : name.endsWith("_cost") ? "decimal" : "varchar";
            int precision = type.equals("decimal") ? 38 : type.equals("bigint") ? 19 : type.equals("date") ? 0
                    : 2147483647;
            columns.add("{\"CatalogName\":\"hive\",\"SchemaName\":\"\",\"TableName\":\"\",\"Name\":\"" + name
                    + "\",\"Label\":\"" + name + "\",\"Type\":\"" + type + "\",\"Precision\":" + precision
                    + ",\"Scale\":" + (type.equals("decimal") ? 10 : 0)
                    + ",\"Nullable\":\"UNKNOWN\",\"CaseSensitive\":" + type.equals("varchar") + "}");
        }
        return "{\"ColumnInfo\":[" + String.join(",", columns) + "]}";
    }
}
