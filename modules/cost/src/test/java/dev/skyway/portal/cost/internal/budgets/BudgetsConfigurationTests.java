package dev.skyway.portal.cost.internal.budgets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.env.MockEnvironment;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetStatus;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.testsupport.MutableClock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The wiring of budget figures: the rollups in the sandbox; in AWS mode AWS Budgets (DescribeBudgets, JSON 1.1 against
 * WireMock) in the configured account, or in the account STS GetCallerIdentity names (asked once).
 */
class BudgetsConfigurationTests {

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    final MutableClock clock = new MutableClock();
    final MockEnvironment environment = new MockEnvironment();
    AwsClientFactory factory;

    BudgetActualsSource source(AwsMode mode) {
        clock.set(Instant.parse("2026-12-10T10:00:00Z"));
        factory = new AwsClientFactory(new AwsProperties(mode, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 2),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        return new BudgetsConfiguration().budgetActualsSource(factory, new ScopeSpend(DSL.using(SQLDialect.H2)),
                clock, environment);
    }

    @AfterEach
    void close() {
        factory.close();
    }

    static StoredBudget vended() {
        return new StoredBudget(UUID.randomUUID(), new BudgetSpec("skyway-222222222222-monthly",
                new BudgetScope(BudgetScope.Kind.ACCOUNT, "222222222222"), BudgetPeriod.MONTHLY,
                Money.of("250", "USD"), CostMetric.BilledCost, BudgetThreshold.DEFAULTS), Budget.Source.VENDING,
                "skyway-222222222222-monthly", "account-vending", 1);
    }

    @Test
    void theSandboxReadsTheRollups() {
        assertThat(source(AwsMode.SANDBOX)).isInstanceOf(RollupBudgetActuals.class);
    }

    @Test
    void awsModeReadsAwsBudgetsInTheAccountStsNames() {
        stubCallerIdentity();
        stubBudgets("111122223333");
        BudgetActualsSource source = source(AwsMode.AWS);

        BudgetFigures figures = source.figures(vended(), LocalDate.parse("2026-12-10"));
        clock.advance(Duration.ofHours(1));
        source.figures(vended(), LocalDate.parse("2026-12-10"));

        assertThat(figures).isEqualTo(new BudgetFigures(new BigDecimal("187.42"), new BigDecimal("263.9"),
                BudgetStatus.FROM_AWS));
        aws.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity")));
        aws.verify(2, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                equalTo("AWSBudgetServiceGateway.DescribeBudgets")));
    }

    @Test
    void aConfiguredAccountNeedsNoSts() {
        environment.setProperty("portal.cost.budgets.aws-account-id", "999988887777");
        stubBudgets("999988887777");

        BudgetFigures figures = source(AwsMode.AWS).figures(vended(), LocalDate.parse("2026-12-10"));

        assertThat(figures.from()).isEqualTo(BudgetStatus.FROM_AWS);
        aws.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity")));
    }

    private static void stubCallerIdentity() {
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("""
                        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <GetCallerIdentityResult>
                            <Arn>arn:aws:sts::111122223333:assumed-role/skyway/portal</Arn>
                            <UserId>AROAEXAMPLE:portal</UserId>
                            <Account>111122223333</Account>
                          </GetCallerIdentityResult>
                          <ResponseMetadata><RequestId>1a2b3c</RequestId></ResponseMetadata>
                        </GetCallerIdentityResponse>""")));
    }

    private static void stubBudgets(String accountId) {
        aws.stubFor(post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AWSBudgetServiceGateway.DescribeBudgets"))
                .withRequestBody(equalToJson("{\"AccountId\":\"" + accountId + "\",\"MaxResults\":100}"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("""
                                {"Budgets":[
                                  {"BudgetName":"skyway-222222222222-monthly",
                                   "BudgetLimit":{"Amount":"250.0","Unit":"USD"},
                                   "CostFilters":{"LinkedAccount":["222222222222"]},
                                   "TimeUnit":"MONTHLY","TimePeriod":{"Start":1.7356896E9,"End":3.7063872E9},
                                   "CalculatedSpend":{"ActualSpend":{"Amount":"187.42","Unit":"USD"},
                                                      "ForecastedSpend":{"Amount":"263.9","Unit":"USD"}},
                                   "BudgetType":"COST","LastUpdatedTime":1.763712E9}]}""")));
    }
}
