package dev.skyway.portal.cost.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skyway.portal.cost.internal.aws.CeFixture.error;
import static dev.skyway.portal.cost.internal.aws.CeFixture.ok;
import static dev.skyway.portal.cost.internal.aws.CeFixture.operation;
import static dev.skyway.portal.cost.internal.aws.CeFixture.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.aws.AwsCallException;

/** GetAnomalies (two pages) and ProvideAnomalyFeedback against WireMock. */
class CostExplorerAnomaliesTests {

    static final LocalDate START = LocalDate.of(2026, 3, 17);
    static final LocalDate END = LocalDate.of(2026, 6, 15);

    static final String PAGE_1 = """
            {"Anomalies":[
              {"AnomalyId":"4b2b7a6c-1c8e-4f0e-9d3a-6f1f0a2b3c4d",
               "AnomalyStartDate":"2026-06-08T00:00:00Z","AnomalyEndDate":"2026-06-09T00:00:00Z",
               "DimensionValue":"Amazon Elastic Compute Cloud - Compute",
               "RootCauses":[{"Service":"Amazon Elastic Compute Cloud - Compute","Region":"us-east-1",
                              "LinkedAccount":"222222222222","LinkedAccountName":"payments-prod",
                              "UsageType":"USE1-BoxUsage:m5.2xlarge","Impact":{"Contribution":412.5}}],
               "AnomalyScore":{"MaxScore":0.87,"CurrentScore":0.42},
               "Impact":{"MaxImpact":300.0,"TotalImpact":412.5,"TotalActualSpend":612.5,"TotalExpectedSpend":200.0,
                         "TotalImpactPercentage":206.25},
               "MonitorArn":"arn:aws:ce::111111111111:anomalymonitor/0a1b2c3d-aaaa-bbbb-cccc-111122223333",
               "Feedback":"YES"}],
             "NextPageToken":"anomalies-2"}""";

    static final String PAGE_2 = """
            {"Anomalies":[
              {"AnomalyId":"9f8e7d6c-0000-1111-2222-333344445555","AnomalyStartDate":"2026-06-14",
               "DimensionValue":"Amazon Simple Storage Service",
               "RootCauses":[{"Service":"Amazon Simple Storage Service","LinkedAccount":"333333333333"}],
               "AnomalyScore":{"MaxScore":0.55,"CurrentScore":0.55},
               "Impact":{"MaxImpact":61.2,"TotalImpact":61.2,"TotalActualSpend":80.0,"TotalExpectedSpend":18.8},
               "MonitorArn":"arn:aws:ce::111111111111:anomalymonitor/0a1b2c3d-aaaa-bbbb-cccc-111122223333"}]}""";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    CeFixture fixture = new CeFixture(aws, 300);
    CostExplorerAnomalies anomalies = new CostExplorerAnomalies(fixture.client, fixture.requests);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void readsEveryPageOfAnomaliesWithTheirImpactScoreRootCausesAndFeedback() {
        aws.stubFor(operation("GetAnomalies").withRequestBody(matchingJsonPath("$.NextPageToken")).atPriority(1)
                .willReturn(ok(PAGE_2)));
        aws.stubFor(operation("GetAnomalies").atPriority(2).willReturn(ok(PAGE_1)));

        List<CeAnomaly> found = anomalies.anomalies(START, END);

        assertThat(found).hasSize(2);
        CeAnomaly ec2 = found.getFirst();
        assertThat(ec2.anomalyId()).isEqualTo("4b2b7a6c-1c8e-4f0e-9d3a-6f1f0a2b3c4d");
        assertThat(ec2.startDate()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(ec2.endDate()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(ec2.dimensionValue()).isEqualTo("Amazon Elastic Compute Cloud - Compute");
        assertThat(ec2.expected()).isEqualByComparingTo("200");
        assertThat(ec2.actual()).isEqualByComparingTo("612.5");
        assertThat(ec2.totalImpact()).isEqualByComparingTo("412.5");
        assertThat(ec2.score()).isEqualTo(0.87);
        assertThat(ec2.rootCauses()).containsExactly(new CeRootCause("Amazon Elastic Compute Cloud - Compute",
                "us-east-1", "222222222222", "USE1-BoxUsage:m5.2xlarge"));
        assertThat(ec2.feedback()).isEqualTo("YES");

        CeAnomaly s3 = found.get(1);
        assertThat(s3.startDate()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(s3.endDate()).isNull();
        assertThat(s3.totalImpact()).isEqualByComparingTo(new BigDecimal("61.2"));
        assertThat(s3.rootCauses()).containsExactly(
                new CeRootCause("Amazon Simple Storage Service", null, "333333333333", null));
        assertThat(s3.feedback()).isNull();

        aws.verify(1, requested("GetAnomalies").withRequestBody(equalToJson("""
                {"DateInterval":{"StartDate":"2026-03-17","EndDate":"2026-06-15"}}""")));
        aws.verify(1, requested("GetAnomalies").withRequestBody(equalToJson("""
                {"DateInterval":{"StartDate":"2026-03-17","EndDate":"2026-06-15"},"NextPageToken":"anomalies-2"}""")));
        assertThat(fixture.outcomes()).containsExactly("OK", "OK");
    }

    @Test
    void sendsFeedback() {
        aws.stubFor(operation("ProvideAnomalyFeedback")
                .willReturn(ok("{\"AnomalyId\":\"4b2b7a6c-1c8e-4f0e-9d3a-6f1f0a2b3c4d\"}")));

        anomalies.feedback("4b2b7a6c-1c8e-4f0e-9d3a-6f1f0a2b3c4d", "PLANNED_ACTIVITY");

        aws.verify(1, requested("ProvideAnomalyFeedback").withRequestBody(equalToJson("""
                {"AnomalyId":"4b2b7a6c-1c8e-4f0e-9d3a-6f1f0a2b3c4d","Feedback":"PLANNED_ACTIVITY"}""")));
        assertThat(fixture.ledger.requestsThisMonth()).isEqualTo(1);
    }

    @Test
    void unknownFeedbackIsRefusedWithoutARequest() {
        assertThatThrownBy(() -> anomalies.feedback("a-1", "EXPECTED"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YES, NO or PLANNED_ACTIVITY");
        aws.verify(0, requested("ProvideAnomalyFeedback"));
    }

    @Test
    void anUnknownAnomalyFailsInThePortalsWords() {
        aws.stubFor(operation("ProvideAnomalyFeedback")
                .willReturn(error(400, "UnknownMonitorException", "Anomaly a-1 does not exist")));

        assertThatThrownBy(() -> anomalies.feedback("a-1", "NO"))
                .isInstanceOf(AwsCallException.class)
                .hasMessage("AWS Cost Explorer refused to record feedback NO on anomaly a-1 (UnknownMonitorException): "
                        + "Anomaly a-1 does not exist");
        assertThat(fixture.outcomes()).containsExactly("FAILED");
    }
}
