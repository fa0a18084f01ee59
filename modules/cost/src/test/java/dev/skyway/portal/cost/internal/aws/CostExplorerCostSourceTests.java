package dev.skyway.portal.cost.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.skyway.portal.cost.internal.aws.CeFixture.error;
import static dev.skyway.portal.cost.internal.aws.CeFixture.ok;
import static dev.skyway.portal.cost.internal.aws.CeFixture.operation;
import static dev.skyway.portal.cost.internal.aws.CeFixture.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.cost.internal.engine.PeriodScope;
import dev.skyway.portal.cost.internal.engine.RollupBatch;
import dev.skyway.portal.cost.internal.engine.RollupRow;
import dev.skyway.portal.cost.internal.engine.TagRollupRow;
import dev.skyway.portal.platform.aws.AwsCallException;

/**
 * GetCostAndUsage through a real client against WireMock, with the documented response shape (ResultsByTime with
 * TimePeriod, Groups of Keys and Metrics, Estimated; NextPageToken; DimensionValueAttributes) and Cost Explorer's
 * errors (LimitExceededException, RequestChangedException, DataUnavailableException).
 */
class CostExplorerCostSourceTests {

    static final String PAYER = "111111111111";
    static final LocalDate START = LocalDate.of(2026, 5, 1);
    static final LocalDate END = LocalDate.of(2026, 7, 1);

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    CeFixture fixture;

    CostExplorerCostSource source(int monthlyLimit) {
        fixture = new CeFixture(aws, monthlyLimit);
        return new CostExplorerCostSource(fixture.client, fixture.requests, fixture.properties, PAYER, fixture.clock);
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    static String metrics(String unblended, String amortized, String net) {
        return """
                {"UnblendedCost":{"Amount":"%s","Unit":"USD"},"AmortizedCost":{"Amount":"%s","Unit":"USD"},
                 "NetAmortizedCost":{"Amount":"%s","Unit":"USD"}}""".formatted(unblended, amortized, net);
    }

    /** First page by service: May 31 (final) and part of June 1 (estimated). */
    static final String SERVICE_PAGE_1 = """
            {"GroupDefinitions":[{"Type":"DIMENSION","Key":"LINKED_ACCOUNT"},{"Type":"DIMENSION","Key":"SERVICE"}],
             "ResultsByTime":[
               {"TimePeriod":{"Start":"2026-05-31","End":"2026-06-01"},"Total":{},"Estimated":false,
                "Groups":[
                  {"Keys":["222222222222","Amazon Elastic Compute Cloud - Compute"],"Metrics":%s},
                  {"Keys":["222222222222","Tax"],"Metrics":%s},
                  {"Keys":["333333333333","AWS Lambda"],"Metrics":%s}]},
               {"TimePeriod":{"Start":"2026-06-01","End":"2026-06-02"},"Total":{},"Estimated":true,
                "Groups":[
                  {"Keys":["222222222222","Amazon Elastic Compute Cloud - Compute"],"Metrics":%s}]}],
             "DimensionValueAttributes":[{"Value":"222222222222","Attributes":{"description":"payments-prod"}}],
             "NextPageToken":"page-2"}""".formatted(metrics("10.5", "8.25", "8.00"), metrics("1.05", "1.05", "1.05"),
            metrics("0", "0", "0"), metrics("11.00", "9.00", "8.75"));

    static final String SERVICE_PAGE_2 = """
            {"GroupDefinitions":[{"Type":"DIMENSION","Key":"LINKED_ACCOUNT"},{"Type":"DIMENSION","Key":"SERVICE"}],
             "ResultsByTime":[
               {"TimePeriod":{"Start":"2026-06-01","End":"2026-06-02"},"Total":{},"Estimated":true,
                "Groups":[{"Keys":["333333333333","AWS Lambda"],"Metrics":%s}]}],
             "DimensionValueAttributes":[{"Value":"333333333333","Attributes":{"description":"search-dev"}}]}"""
            .formatted(metrics("0.42", "0.42", "0.40"));

    static final String TEAM_PAGE = """
            {"GroupDefinitions":[{"Type":"DIMENSION","Key":"LINKED_ACCOUNT"},{"Type":"TAG","Key":"team"}],
             "ResultsByTime":[
               {"TimePeriod":{"Start":"2026-05-31","End":"2026-06-01"},"Total":{},"Estimated":false,
                "Groups":[
                  {"Keys":["222222222222","team$payments"],"Metrics":%s},
                  {"Keys":["222222222222","team$"],"Metrics":%s}]}],
             "DimensionValueAttributes":[{"Value":"222222222222","Attributes":{"description":"payments-prod"}}]}"""
            .formatted(metrics("9.00", "7.00", "7.00"), metrics("2.55", "2.30", "2.05"));

    static MappingBuilder costAndUsage() {
        return operation("GetCostAndUsage");
    }

    static MappingBuilder byService() {
        return costAndUsage().withRequestBody(matchingJsonPath("$.GroupBy[1].Key", equalTo("SERVICE")));
    }

    static MappingBuilder byTeam() {
        return costAndUsage().withRequestBody(matchingJsonPath("$.GroupBy[1].Type",
                equalTo("TAG")));
    }

    void stubTwoServicePagesAndTeams() {
        aws.stubFor(byService().withRequestBody(matchingJsonPath("$.NextPageToken")).atPriority(1)
                .willReturn(ok(SERVICE_PAGE_2)));
        aws.stubFor(byService().atPriority(2).willReturn(ok(SERVICE_PAGE_1)));
        aws.stubFor(byTeam().willReturn(ok(TEAM_PAGE)));
    }

    @Test
    void pullsDailyCostByAccountAndServiceOverTwoPagesAndByTeamTag() {
        stubTwoServicePagesAndTeams();

        CeCostPull pull = source(300).pull(START, END);

        assertThat(pull.status()).isEqualTo(CeCostPull.Status.COMPLETE);
        assertThat(pull.note()).isNull();
        RollupBatch batch = pull.batch();
        assertThat(batch.rows()).extracting(RollupRow::day, RollupRow::subAccountId, RollupRow::subAccountName,
                        RollupRow::serviceName, RollupRow::chargeCategory, RollupRow::estimated)
                .containsExactly(
                        tuple(LocalDate.of(2026, 5, 31), "222222222222", "payments-prod",
                                "Amazon Elastic Compute Cloud - Compute", "Usage", false),
                        tuple(LocalDate.of(2026, 5, 31), "222222222222", "payments-prod",
                                "Tax", "Tax", false),
                        tuple(LocalDate.of(2026, 6, 1), "222222222222", "payments-prod",
                                "Amazon Elastic Compute Cloud - Compute", "Usage", true),
                        tuple(LocalDate.of(2026, 6, 1), "333333333333", "search-dev",
                                "AWS Lambda", "Usage", true));
        RollupRow ec2 = batch.rows().getFirst();
        assertThat(ec2.period()).isEqualTo("2026-05");
        assertThat(ec2.providerName()).isEqualTo("AWS");
        assertThat(ec2.billingAccountId()).isEqualTo(PAYER);
        assertThat(ec2.regionId()).isEmpty();
        assertThat(ec2.currency()).isEqualTo("USD");
        assertThat(ec2.billedCost()).isEqualByComparingTo("10.5");
        assertThat(ec2.effectiveCost()).isEqualByComparingTo("8.25");
        assertThat(ec2.listCost()).isEqualByComparingTo("10.5");
        assertThat(ec2.contractedCost()).isEqualByComparingTo("10.5");
        assertThat(ec2.teamTag()).isNull();
        assertThat(ec2.lineItems()).isEqualTo(1);
        assertThat(batch.periods()).isEqualTo(Map.of(
                new PeriodScope("AWS", PAYER, "2026-05"), 2L, new PeriodScope("AWS", PAYER, "2026-06"), 2L));
        assertThat(batch.estimated()).isTrue();
        assertThat(batch.dataAsOf()).isEqualTo(CeFixture.NOW);

        assertThat(batch.tagRows()).extracting(TagRollupRow::subAccountId, TagRollupRow::teamTag,
                        TagRollupRow::tagKey, TagRollupRow::tagValue)
                .containsExactly(tuple("222222222222", "payments", "team", "payments"),
                        tuple("222222222222", null, "team", ""));
        assertThat(batch.tagRows().get(1).billedCost()).isEqualByComparingTo("2.55");
        assertThat(batch.tagRows().get(1).effectiveCost()).isEqualByComparingTo("2.30");

        assertThat(fixture.outcomes()).containsExactly("OK", "OK", "OK");
        assertThat(fixture.ledger.spendThisMonthUsd()).isEqualByComparingTo("0.03");
    }

    @Test
    void asksForDailyUnblendedAmortizedAndNetAmortizedCostGroupedByAccountThenServiceOrTeamTag() {
        stubTwoServicePagesAndTeams();

        source(300).pull(START, END);

        aws.verify(1, requested("GetCostAndUsage").withRequestBody(equalToJson("""
                {"TimePeriod":{"Start":"2026-05-01","End":"2026-07-01"},"Granularity":"DAILY",
                 "Metrics":["UnblendedCost","AmortizedCost","NetAmortizedCost"],
                 "GroupBy":[{"Type":"DIMENSION","Key":"LINKED_ACCOUNT"},{"Type":"DIMENSION","Key":"SERVICE"}]}""")));
        aws.verify(1, requested("GetCostAndUsage").withRequestBody(equalToJson("""
                {"TimePeriod":{"Start":"2026-05-01","End":"2026-07-01"},"Granularity":"DAILY",
                 "Metrics":["UnblendedCost","AmortizedCost","NetAmortizedCost"],
                 "GroupBy":[{"Type":"DIMENSION","Key":"LINKED_ACCOUNT"},{"Type":"DIMENSION","Key":"SERVICE"}],
                 "NextPageToken":"page-2"}""")));
        aws.verify(1, requested("GetCostAndUsage").withRequestBody(equalToJson("""
                {"TimePeriod":{"Start":"2026-05-01","End":"2026-07-01"},"Granularity":"DAILY",
                 "Metrics":["UnblendedCost","AmortizedCost","NetAmortizedCost"],
                 "GroupBy":[{"Type":"DIMENSION","Key":"LINKED_ACCOUNT"},{"Type":"TAG","Key":"team"}]}""")));
        aws.verify(3, requested("GetCostAndUsage").withHeader("Authorization",
                matching(".*/us-east-1/ce/aws4_request.*")));
    }

    @Test
    void limitExceededIsRetriedWithGrowingPausesAndEveryAttemptIsInTheLedger() {
        aws.stubFor(byService().inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(error(400, "LimitExceededException", "You have exceeded the rate limit"))
                .willSetStateTo("once"));
        aws.stubFor(byService().inScenario("throttled").whenScenarioStateIs("once")
                .willReturn(error(400, "LimitExceededException", "You have exceeded the rate limit"))
                .willSetStateTo("recovered"));
        aws.stubFor(byService().inScenario("throttled").whenScenarioStateIs("recovered")
                .willReturn(ok(SERVICE_PAGE_2)));
        aws.stubFor(byTeam().willReturn(ok(TEAM_PAGE)));

        CeCostPull pull = source(300).pull(START, END);

        assertThat(pull.batch().rows()).hasSize(1);
        aws.verify(4, requested("GetCostAndUsage"));
        assertThat(fixture.outcomes()).containsExactly("THROTTLED", "THROTTLED", "OK", "OK");
        assertThat(fixture.pauses).hasSize(2);
        assertThat(fixture.pauses.get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(fixture.pauses.get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void throttledOnEveryAttemptFailsInThePortalsWordsAfterFiveAttempts() {
        aws.stubFor(costAndUsage().willReturn(error(400, "LimitExceededException", "You have exceeded the rate limit")));

        assertThatThrownBy(() -> source(300).pull(START, END))
                .isInstanceOf(AwsCallException.class)
                .hasMessage("AWS Cost Explorer kept throttling the portal when asked to read daily cost by account and "
                        + "service from 2026-05-01 to 2026-07-01 (all retries used); the next scheduled pull will try "
                        + "again");
        aws.verify(5, requested("GetCostAndUsage"));
        assertThat(fixture.outcomes()).hasSize(5).containsOnly("THROTTLED");
        assertThat(fixture.pauses).hasSize(4);
    }

    @Test
    void anInternalErrorIsRetriedByThePortalNotHiddenInTheSdksRetries() {
        aws.stubFor(byService().inScenario("500").whenScenarioStateIs(STARTED)
                .willReturn(error(500, "InternalServerException", "oops")).willSetStateTo("ok"));
        aws.stubFor(byService().inScenario("500").whenScenarioStateIs("ok").willReturn(ok(SERVICE_PAGE_2)));
        aws.stubFor(byTeam().willReturn(ok(TEAM_PAGE)));

        source(300).pull(START, END);

        aws.verify(3, requested("GetCostAndUsage"));
        assertThat(fixture.outcomes()).containsExactly("FAILED", "OK", "OK");
    }

    @Test
    void requestChangedRestartsThePaginationFromTheFirstPage() {
        aws.stubFor(byService().withRequestBody(matchingJsonPath("$.NextPageToken")).atPriority(1)
                .inScenario("changed").whenScenarioStateIs(STARTED)
                .willReturn(error(400, "RequestChangedException", "Your request parameters changed between pages"))
                .willSetStateTo("restarted"));
        aws.stubFor(byService().withRequestBody(matchingJsonPath("$.NextPageToken")).atPriority(1)
                .inScenario("changed").whenScenarioStateIs("restarted").willReturn(ok(SERVICE_PAGE_2)));
        aws.stubFor(byService().atPriority(2).willReturn(ok(SERVICE_PAGE_1)));
        aws.stubFor(byTeam().willReturn(ok(TEAM_PAGE)));

        CeCostPull pull = source(300).pull(START, END);

        assertThat(pull.batch().rows()).hasSize(4);
        aws.verify(4, requested("GetCostAndUsage").withRequestBody(matchingJsonPath("$.GroupBy[1][?(@.Key == 'SERVICE')]")));
        assertThat(fixture.outcomes()).containsExactly("OK", "REQUEST_CHANGED", "OK", "OK", "OK");
        assertThat(fixture.pauses).isEmpty();
    }

    @Test
    void requestChangedOnEveryRestartGivesUpAfterThreeRestarts() {
        aws.stubFor(costAndUsage().willReturn(error(400, "RequestChangedException", "changed")));

        assertThatThrownBy(() -> source(300).pull(START, END))
                .isInstanceOf(AwsCallException.class)
                .hasMessageContaining("(RequestChangedException): changed");
        aws.verify(4, requested("GetCostAndUsage"));
        assertThat(fixture.outcomes()).hasSize(4).containsOnly("REQUEST_CHANGED");
    }

    @Test
    void dataUnavailableGivesAnEmptyPullThatReplacesNothingAndSaysWhy() {
        aws.stubFor(costAndUsage().willReturn(error(400, "DataUnavailableException", "Data is not available yet")));

        CeCostPull pull = source(300).pull(START, END);

        assertThat(pull.status()).isEqualTo(CeCostPull.Status.DATA_UNAVAILABLE);
        assertThat(pull.note()).isEqualTo("Cost Explorer has no data for 2026-05-01 to 2026-07-01 yet (Data is not "
                + "available yet); nothing was replaced");
        assertThat(pull.batch().periods()).isEmpty();
        assertThat(pull.batch().rows()).isEmpty();
        assertThat(pull.batch().tagRows()).isEmpty();
        aws.verify(1, requested("GetCostAndUsage"));
        assertThat(fixture.outcomes()).containsExactly("DATA_UNAVAILABLE");
    }

    @Test
    void anExhaustedBudgetSendsNothing() {
        stubTwoServicePagesAndTeams();
        CostExplorerCostSource source = source(3);
        fixture.ledger.record("GetCostAndUsage", "earlier pull", "OK");
        fixture.ledger.record("GetCostAndUsage", "earlier pull", "OK");

        assertThatThrownBy(() -> source.pull(START, END))
                .isInstanceOf(CeBudgetExhaustedException.class)
                .hasMessageContaining("2 of 3 paid requests made (USD 0.01 each), 2 more needed");
        aws.verify(0, requested("GetCostAndUsage"));
        assertThat(fixture.ledger.requestsThisMonth()).isEqualTo(2);
    }

    @Test
    void theBudgetIsCheckedBeforeEveryPageAndStopsAPullThatWouldPassIt() {
        stubTwoServicePagesAndTeams();
        CostExplorerCostSource source = source(2);

        assertThatThrownBy(() -> source.pull(START, END)).isInstanceOf(CeBudgetExhaustedException.class);
        aws.verify(2, requested("GetCostAndUsage"));
        assertThat(fixture.ledger.requestsThisMonth()).isEqualTo(2);
    }

    @Test
    void aPullStartsOnTheFirstOfAMonthSoNoBillingPeriodIsReplacedByAPartOfIt() {
        CostExplorerCostSource source = source(300);

        assertThatThrownBy(() -> source.pull(LocalDate.of(2026, 6, 10), END))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first day of a month");
        aws.verify(0, requested("GetCostAndUsage"));
    }
}
