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
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.budgets.BudgetsClient;

/**
 * AWS Budgets DescribeBudgets through a real client against WireMock ({@code AWSBudgetServiceGateway.<Op>}, JSON
 * 1.1): two pages, amounts as strings, times as epoch seconds.
 */
class AwsBudgetActualsTests {

    static final String TARGET = "AWSBudgetServiceGateway.";
    static final String JSON = "application/x-amz-json-1.1";
    static final String NEXT = "AAIAAXV0aWxpdHk6MTAwOnNreXdheS1wYXltZW50cy1wcm9kLW1vbnRobHk=";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;

    AwsBudgetActuals actuals(int attempts) {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), attempts);
        factory = new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        return new AwsBudgetActuals(factory.create(BudgetsClient.builder()), "111111111111",
                Clock.fixed(Instant.parse("2025-11-21T12:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @Test
    void readsEveryPageAndKeepsTheCostBudgetsWithTheirActualAndForecast() {
        stubPages();

        List<AwsBudgetActual> budgets = actuals(3).budgets();

        assertThat(budgets).containsExactly(
                new AwsBudgetActual("skyway-222222222222-monthly", new BigDecimal("250.0"), "USD",
                        new BigDecimal("187.42"), new BigDecimal("263.9"), "MONTHLY"),
                new AwsBudgetActual("org-quarterly", new BigDecimal("30000.0"), "USD", new BigDecimal("21877.31"),
                        null, "QUARTERLY"),
                new AwsBudgetActual("data-platform-planned", new BigDecimal("1200.0"), "EUR", BigDecimal.ZERO, null,
                        "MONTHLY"));
        aws.verify(1, requested().withRequestBody(equalToJson(
                "{\"AccountId\":\"111111111111\",\"MaxResults\":100}")));
        aws.verify(1, requested().withRequestBody(equalToJson(
                "{\"AccountId\":\"111111111111\",\"MaxResults\":100,\"NextToken\":\"" + NEXT + "\"}")));
    }

    @Test
    void throttlingIsRetriedByTheClient() {
        stubPages();
        aws.stubFor(describeBudgets().atPriority(1).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(error(400, "ThrottlingException", "Rate exceeded")).willSetStateTo("calm"));

        assertThat(actuals(3).budgets()).hasSize(3);
        aws.verify(3, requested());
    }

    @Test
    void aRefusedReadSaysWhatThePortalNeeds() {
        aws.stubFor(describeBudgets().willReturn(error(400, "AccessDeniedException",
                "User: arn:aws:sts::111111111111:assumed-role/skyway/portal is not authorized to perform: "
                        + "budgets:ViewBudget")));

        assertThatThrownBy(() -> actuals(3).budgets()).isInstanceOfSatisfying(AwsCallException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(AwsErrorKind.ACCESS_DENIED);
            assertThat(e.getMessage()).contains("read the budgets of account 111111111111", "budgets:ViewBudget");
        });
    }

    @Test
    void anAccountWithoutBudgetsHasNone() {
        aws.stubFor(describeBudgets().willReturn(ok("{\"Budgets\":[]}")));

        assertThat(actuals(3).budgets()).isEmpty();
    }

    // --- AWS Budgets' JSON 1.1 protocol as WireMock answers it

    /**
     * Page one: a monthly cost budget with actual and forecast spend, and a usage budget (not money). Page two: a
     * quarterly budget without a forecast yet, a Savings Plans utilization budget, and a budget planned month by
     * month (no BudgetLimit; PlannedBudgetLimits keyed by each month's start) not yet calculated.
     */
    private static void stubPages() {
        aws.stubFor(describeBudgets().withRequestBody(notContaining("NextToken")).willReturn(ok("""
                {"Budgets":[
                  {"BudgetName":"skyway-222222222222-monthly","BudgetLimit":{"Amount":"250.0","Unit":"USD"},
                   "CostFilters":{"LinkedAccount":["222222222222"]},
                   "CostTypes":{"IncludeTax":true,"IncludeSubscription":true,"UseBlended":false,"IncludeRefund":false,
                    "IncludeCredit":false,"IncludeUpfront":true,"IncludeRecurring":true,"IncludeOtherSubscription":true,
                    "IncludeSupport":true,"IncludeDiscount":true,"UseAmortized":false},
                   "TimeUnit":"MONTHLY","TimePeriod":{"Start":1.7356896E9,"End":3.7063872E9},
                   "CalculatedSpend":{"ActualSpend":{"Amount":"187.42","Unit":"USD"},
                                      "ForecastedSpend":{"Amount":"263.9","Unit":"USD"}},
                   "BudgetType":"COST","LastUpdatedTime":1.763712E9},
                  {"BudgetName":"ec2-hours","BudgetLimit":{"Amount":"5000.0","Unit":"Hrs"},
                   "CostFilters":{"UsageTypeGroup":["EC2: Running Hours"]},"TimeUnit":"MONTHLY",
                   "TimePeriod":{"Start":1.7356896E9,"End":3.7063872E9},
                   "CalculatedSpend":{"ActualSpend":{"Amount":"3120.5","Unit":"Hrs"}},
                   "BudgetType":"USAGE","LastUpdatedTime":1.763712E9}],
                 "NextToken":"%s"}""".formatted(NEXT))));
        aws.stubFor(describeBudgets().withRequestBody(containing("\"NextToken\":\"" + NEXT + "\"")).willReturn(ok("""
                {"Budgets":[
                  {"BudgetName":"org-quarterly","BudgetLimit":{"Amount":"30000.0","Unit":"USD"},
                   "TimeUnit":"QUARTERLY","TimePeriod":{"Start":1.7356896E9,"End":3.7063872E9},
                   "CalculatedSpend":{"ActualSpend":{"Amount":"21877.31","Unit":"USD"}},
                   "BudgetType":"COST","LastUpdatedTime":1.763712E9},
                  {"BudgetName":"sp-utilization","BudgetLimit":{"Amount":"90.0","Unit":"PERCENTAGE"},
                   "TimeUnit":"MONTHLY","TimePeriod":{"Start":1.7356896E9,"End":3.7063872E9},
                   "CalculatedSpend":{"ActualSpend":{"Amount":"97.2","Unit":"PERCENTAGE"}},
                   "BudgetType":"SAVINGS_PLANS_UTILIZATION","LastUpdatedTime":1.763712E9},
                  {"BudgetName":"data-platform-planned",
                   "PlannedBudgetLimits":{"1759276800":{"Amount":"1000.0","Unit":"EUR"},
                                          "1761955200":{"Amount":"1200.0","Unit":"EUR"},
                                          "1764547200":{"Amount":"1500.0","Unit":"EUR"}},
                   "TimeUnit":"MONTHLY","TimePeriod":{"Start":1.7592768E9,"End":1.7672256E9},
                   "BudgetType":"COST","LastUpdatedTime":1.763712E9}]}""")));
    }

    private static MappingBuilder describeBudgets() {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "DescribeBudgets"))
                .withHeader("Content-Type", equalTo(JSON));
    }

    private static RequestPatternBuilder requested() {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "DescribeBudgets"));
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "2e5b8f0c-0d6a-4c3e-9d1f-5a7b9c1d3e5f").withBody(body);
    }

    private static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "req-" + type)
                .withBody("{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}");
    }
}
