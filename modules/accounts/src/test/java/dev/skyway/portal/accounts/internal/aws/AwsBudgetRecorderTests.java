package dev.skyway.portal.accounts.internal.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static dev.skyway.portal.accounts.internal.aws.AwsStubs.jsonError;
import static dev.skyway.portal.accounts.internal.aws.AwsStubs.jsonOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import software.amazon.awssdk.services.budgets.BudgetsClient;

/** AWS Budgets CreateBudget through a real client against WireMock ({@code AWSBudgetServiceGateway.<Op>}). */
class AwsBudgetRecorderTests {

    static final String TARGET = "AWSBudgetServiceGateway.";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    BudgetsClient client;

    AwsBudgetRecorder recorder(int attempts) {
        factory = AwsStubs.factory(aws, attempts);
        client = factory.create(BudgetsClient.builder());
        return new AwsBudgetRecorder(client, "111111111111");
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
            factory.close();
        }
    }

    static MappingBuilder operation(String name) {
        return AwsStubs.jsonOperation(TARGET, name);
    }

    @Test
    void createsAMonthlyCostBudgetForTheLinkedAccountWithActualAndForecastNotifications() {
        aws.stubFor(operation("CreateBudget").willReturn(jsonOk("{}")));

        recorder(3).create("555555555555", "skyway-payments-prod", new BigDecimal("250.00"),
                List.of("owner@example.com", "finops@example.com"));

        aws.verify(1, AwsStubs.jsonRequested(TARGET, "CreateBudget").withRequestBody(equalToJson("""
                {"AccountId":"111111111111",
                 "Budget":{"BudgetName":"skyway-payments-prod","BudgetLimit":{"Amount":"${json-unit.any-string}","Unit":"USD"},
                           "CostFilters":{"LinkedAccount":["555555555555"]},"TimeUnit":"MONTHLY","BudgetType":"COST"},
                 "NotificationsWithSubscribers":[
                   {"Notification":{"NotificationType":"ACTUAL","ComparisonOperator":"GREATER_THAN","Threshold":80.0,
                                    "ThresholdType":"PERCENTAGE"},
                    "Subscribers":[{"SubscriptionType":"EMAIL","Address":"owner@example.com"},
                                   {"SubscriptionType":"EMAIL","Address":"finops@example.com"}]},
                   {"Notification":{"NotificationType":"FORECASTED","ComparisonOperator":"GREATER_THAN","Threshold":100.0,
                                    "ThresholdType":"PERCENTAGE"},
                    "Subscribers":[{"SubscriptionType":"EMAIL","Address":"owner@example.com"},
                                   {"SubscriptionType":"EMAIL","Address":"finops@example.com"}]}]}""")));
        String body = aws.getAllServeEvents().getFirst().getRequest().getBodyAsString();
        assertThat(new BigDecimal(body.replaceAll("(?s).*\"Amount\":\"([^\"]+)\".*", "$1")))
                .isEqualByComparingTo("250");
    }

    @Test
    void anExistingBudgetWithTheSameAmountCurrencyAndTimeUnitCountsAsDone() {
        stubDuplicate();
        stubDescribe("250.0", "USD", "MONTHLY");

        recorder(3).create("555555555555", "skyway-555555555555-monthly", new BigDecimal("250"),
                List.of("o@example.com"));

        aws.verify(1, AwsStubs.jsonRequested(TARGET, "CreateBudget"));
        aws.verify(1, AwsStubs.jsonRequested(TARGET, "DescribeBudget").withRequestBody(equalToJson(
                "{\"AccountId\":\"111111111111\",\"BudgetName\":\"skyway-555555555555-monthly\"}")));
    }

    @Test
    void anExistingBudgetWithAnotherAmountFailsSayingWhatDiffers() {
        stubDuplicate();
        stubDescribe("900.0", "USD", "MONTHLY");

        assertThatThrownBy(() -> recorder(3).create("555555555555", "skyway-555555555555-monthly",
                new BigDecimal("250"), List.of())).isInstanceOfSatisfying(VendingException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isEqualTo("BUDGET_MISMATCH");
                    assertThat(e.getMessage()).contains("skyway-555555555555-monthly", "900.0 USD MONTHLY",
                            "250 USD MONTHLY");
                });
    }

    @Test
    void anExistingBudgetWithAnotherCurrencyOrTimeUnitFails() {
        stubDuplicate();
        stubDescribe("250", "EUR", "MONTHLY");
        assertThatThrownBy(() -> recorder(3).create("555555555555", "skyway-555555555555-monthly",
                new BigDecimal("250"), List.of())).isInstanceOf(VendingException.class).hasMessageContaining("EUR");

        aws.resetAll();
        stubDuplicate();
        stubDescribe("250", "USD", "ANNUALLY");
        assertThatThrownBy(() -> recorder(3).create("555555555555", "skyway-555555555555-monthly",
                new BigDecimal("250"), List.of())).isInstanceOf(VendingException.class)
                .hasMessageContaining("ANNUALLY");
    }

    private static void stubDuplicate() {
        aws.stubFor(operation("CreateBudget").willReturn(jsonError(400, "DuplicateRecordException",
                "Error creating budget: the budget already exists.", "req-dup")));
    }

    /** DescribeBudget's documented answer shape (Amount is a string in the JSON protocol). */
    private static void stubDescribe(String amount, String unit, String timeUnit) {
        aws.stubFor(operation("DescribeBudget").willReturn(jsonOk("""
                {"Budget":{"BudgetName":"skyway-555555555555-monthly","BudgetLimit":{"Amount":"%s","Unit":"%s"},
                 "CostFilters":{"LinkedAccount":["555555555555"]},"TimeUnit":"%s","BudgetType":"COST",
                 "TimePeriod":{"Start":1.7646336E9,"End":3.7063872E9}}}""".formatted(amount, unit, timeUnit))));
    }

    @Test
    void throttlingIsRetriedByTheClientThenSucceeds() {
        aws.stubFor(operation("CreateBudget").willReturn(jsonOk("{}")));
        aws.stubFor(operation("CreateBudget").atPriority(1).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(jsonError(400, "ThrottlingException", "Rate exceeded", "req-throttled"))
                .willSetStateTo("calm"));

        recorder(3).create("555555555555", "skyway-payments-prod", new BigDecimal("250"), List.of());

        aws.verify(2, AwsStubs.jsonRequested(TARGET, "CreateBudget"));
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsRetryable() {
        aws.stubFor(operation("CreateBudget").willReturn(jsonError(400, "ThrottlingException", "Rate exceeded",
                "req-throttled-2")));

        assertThatThrownBy(() -> recorder(2).create("555555555555", "skyway-payments-prod", new BigDecimal("250"),
                List.of())).isInstanceOfSatisfying(VendingException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.awsRequestId()).isEqualTo("req-throttled-2");
                });
        aws.verify(2, AwsStubs.jsonRequested(TARGET, "CreateBudget"));
    }

    @Test
    void aRefusedBudgetIsExplainedWithTheRequestId() {
        aws.stubFor(operation("CreateBudget").willReturn(jsonError(400, "InvalidParameterException",
                "Email address is invalid", "req-bad")));

        assertThatThrownBy(() -> recorder(3).create("555555555555", "skyway-payments-prod", new BigDecimal("250"),
                List.of("not-an-email"))).isInstanceOfSatisfying(VendingException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("AWS Budgets refused budget skyway-payments-prod")
                            .contains("Email address is invalid");
                    assertThat(e.awsRequestId()).isEqualTo("req-bad");
                });
    }

    @Test
    void moreThanTenEmailsAreRefusedBeforeAnyCall() {
        List<String> emails = Collections.nCopies(11, "o@example.com");

        assertThatThrownBy(() -> recorder(3).create("555555555555", "b", new BigDecimal("1"), emails))
                .isInstanceOf(VendingException.class).hasMessageContaining("at most 10");
        aws.verify(0, AwsStubs.jsonRequested(TARGET, "CreateBudget"));
    }
}
