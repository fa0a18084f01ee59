package dev.skyway.portal.cost.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.skyway.portal.cost.internal.aws.CeFixture.ok;
import static dev.skyway.portal.cost.internal.aws.CeFixture.operation;
import static dev.skyway.portal.cost.internal.aws.CeFixture.requested;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** GetRightsizingRecommendation (two pages) and GetSavingsPlansPurchaseRecommendation against WireMock. */
class CostExplorerRecommendationsTests {

    static final String METADATA = """
            "Metadata":{"RecommendationId":"5a1b2c3d-rightsizing","GenerationTimestamp":"2026-06-15T02:11:09Z",
                        "LookbackPeriodInDays":"FOURTEEN_DAYS","AdditionalMetadata":""},
            "Summary":{"TotalRecommendationCount":"2","EstimatedTotalMonthlySavingsAmount":"210.24",
                       "SavingsCurrencyCode":"USD","SavingsPercentage":"60"},
            "Configuration":{"RecommendationTarget":"SAME_INSTANCE_FAMILY","BenefitsConsidered":true}""";

    static final String RIGHTSIZING_1 = """
            {%s,
             "RightsizingRecommendations":[
               {"AccountId":"222222222222",
                "CurrentInstance":{"ResourceId":"i-0abc1234def567890","InstanceName":"web-1",
                  "Tags":[{"Key":"team","Values":["payments"]}],
                  "ResourceDetails":{"EC2ResourceDetails":{"HourlyOnDemandRate":"0.384","InstanceType":"m5.2xlarge",
                    "Platform":"Linux/UNIX","Region":"US East (N. Virginia)","Memory":"32 GiB","Vcpu":"8"}},
                  "ResourceUtilization":{"EC2ResourceUtilization":{"MaxCpuUtilizationPercentage":"12"}},
                  "ReservationCoveredHoursInLookbackPeriod":"0","SavingsPlansCoveredHoursInLookbackPeriod":"0",
                  "OnDemandHoursInLookbackPeriod":"336","TotalRunningHoursInLookbackPeriod":"336",
                  "MonthlyCost":"280.32","CurrencyCode":"USD"},
                "RightsizingType":"MODIFY",
                "ModifyRecommendationDetail":{"TargetInstances":[
                  {"EstimatedMonthlyCost":"70.08","EstimatedMonthlySavings":"210.24","CurrencyCode":"USD",
                   "DefaultTargetInstance":false,
                   "ResourceDetails":{"EC2ResourceDetails":{"InstanceType":"m5.large"}}},
                  {"EstimatedMonthlyCost":"140.16","EstimatedMonthlySavings":"140.16","CurrencyCode":"USD",
                   "DefaultTargetInstance":true,
                   "ResourceDetails":{"EC2ResourceDetails":{"InstanceType":"m5.xlarge"}}}]},
                "FindingReasonCodes":["CPU_OVER_PROVISIONED"]}],
             "NextPageToken":"rightsizing-2"}""".formatted(METADATA);

    static final String RIGHTSIZING_2 = """
            {%s,
             "RightsizingRecommendations":[
               {"AccountId":"333333333333",
                "CurrentInstance":{"ResourceId":"i-0def","InstanceName":"",
                  "ResourceDetails":{"EC2ResourceDetails":{"InstanceType":"t3.large"}},
                  "MonthlyCost":"70.08","CurrencyCode":"USD"},
                "RightsizingType":"TERMINATE",
                "TerminateRecommendationDetail":{"EstimatedMonthlySavings":"70.08","CurrencyCode":"USD"}}]}"""
            .formatted(METADATA);

    static final String SAVINGS_PLANS = """
            {"Metadata":{"RecommendationId":"9c8b7a6d-sp","GenerationTimestamp":"2026-06-15T03:00:00Z",
                         "AdditionalMetadata":""},
             "SavingsPlansPurchaseRecommendation":{
               "AccountScope":"PAYER","SavingsPlansType":"COMPUTE_SP","TermInYears":"ONE_YEAR",
               "PaymentOption":"NO_UPFRONT","LookbackPeriodInDays":"THIRTY_DAYS",
               "SavingsPlansPurchaseRecommendationDetails":[
                 {"SavingsPlansDetails":{"OfferingId":"0a1b2c3d-offering"},"UpfrontCost":"0",
                  "EstimatedROI":"22.6","CurrencyCode":"USD","EstimatedSPCost":"912.5",
                  "EstimatedOnDemandCost":"40.1","EstimatedOnDemandCostWithCurrentCommitment":"1158.3",
                  "EstimatedSavingsAmount":"205.7","EstimatedSavingsPercentage":"18.4",
                  "HourlyCommitmentToPurchase":"1.25","EstimatedAverageUtilization":"96.2",
                  "EstimatedMonthlySavingsAmount":"205.7","CurrentMinimumHourlyOnDemandSpend":"0.9",
                  "CurrentMaximumHourlyOnDemandSpend":"2.1","CurrentAverageHourlyOnDemandSpend":"1.52",
                  "RecommendationDetailId":"d-0001"}],
               "SavingsPlansPurchaseRecommendationSummary":{"EstimatedROI":"22.6","CurrencyCode":"USD",
                  "EstimatedTotalCost":"952.6","CurrentOnDemandSpend":"1158.3","EstimatedSavingsAmount":"205.7",
                  "TotalRecommendationCount":"1","DailyCommitmentToPurchase":"30","HourlyCommitmentToPurchase":"1.25",
                  "EstimatedSavingsPercentage":"18.4","EstimatedMonthlySavingsAmount":"205.7",
                  "EstimatedOnDemandCostWithCurrentCommitment":"1158.3"}}}""";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    CeFixture fixture = new CeFixture(aws, 300);
    CostExplorerRecommendations recommendations = new CostExplorerRecommendations(fixture.client, fixture.requests);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void rightsizingReadsEveryPageAndTakesTheDefaultTarget() {
        aws.stubFor(operation("GetRightsizingRecommendation").withRequestBody(matchingJsonPath("$.NextPageToken"))
                .atPriority(1).willReturn(ok(RIGHTSIZING_2)));
        aws.stubFor(operation("GetRightsizingRecommendation").atPriority(2).willReturn(ok(RIGHTSIZING_1)));

        List<CeRecommendation> found = recommendations.rightsizing();

        assertThat(found).containsExactly(
                new CeRecommendation("222222222222/i-0abc1234def567890/RIGHTSIZE", "RIGHTSIZE", "222222222222",
                        "i-0abc1234def567890", "Resize i-0abc1234def567890 (web-1, m5.2xlarge) to m5.xlarge", "USD",
                        new BigDecimal("280.32"), new BigDecimal("140.16")),
                new CeRecommendation("333333333333/i-0def/TERMINATE", "TERMINATE", "333333333333", "i-0def",
                        "Terminate i-0def (t3.large): it is idle", "USD", new BigDecimal("70.08"),
                        new BigDecimal("70.08")));
        aws.verify(1, requested("GetRightsizingRecommendation").withRequestBody(equalToJson("""
                {"Service":"AmazonEC2"}""")));
        aws.verify(1, requested("GetRightsizingRecommendation").withRequestBody(equalToJson("""
                {"Service":"AmazonEC2","NextPageToken":"rightsizing-2"}""")));
        assertThat(fixture.ledger.requestsThisMonth()).isEqualTo(2);
    }

    @Test
    void savingsPlansAsksForOneYearComputeNoUpfrontOnThirtyDays() {
        aws.stubFor(operation("GetSavingsPlansPurchaseRecommendation").willReturn(ok(SAVINGS_PLANS)));

        List<CeRecommendation> found = recommendations.savingsPlans();

        assertThat(found).containsExactly(new CeRecommendation("COMPUTE_SP/ONE_YEAR/NO_UPFRONT/payer",
                "SAVINGS_PLAN", null, null, "Buy a 1-year Compute Savings Plan, no upfront, committing USD 1.25 an "
                + "hour, expected utilization 96%, saving 18% of the covered on-demand cost", "USD",
                new BigDecimal("912.50"), new BigDecimal("205.7")));
        aws.verify(1, requested("GetSavingsPlansPurchaseRecommendation").withRequestBody(equalToJson("""
                {"SavingsPlansType":"COMPUTE_SP","TermInYears":"ONE_YEAR","PaymentOption":"NO_UPFRONT",
                 "LookbackPeriodInDays":"THIRTY_DAYS"}""")));
        assertThat(fixture.outcomes()).containsExactly("OK");
    }

    @Test
    void noSavingsPlanToRecommendIsAnEmptyList() {
        aws.stubFor(operation("GetSavingsPlansPurchaseRecommendation").willReturn(ok("""
                {"Metadata":{"RecommendationId":"9c8b7a6d-sp","GenerationTimestamp":"2026-06-15T03:00:00Z",
                             "AdditionalMetadata":"No recommendations"}}""")));

        assertThat(recommendations.savingsPlans()).isEmpty();
    }
}
