package dev.skyway.portal.cost.internal.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.cost.RecommendationKind;
import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.internal.aws.CeRecommendation;

/** Cost Explorer's recommendations become store inputs: rightsizing on EC2, Savings Plans on compute as a whole. */
class CeRecommendationInputsTests {

    @Test
    void rightsizingIsMeasuredOnEc2AndSavingsPlansOnTheAccountsCompute() {
        CeRecommendation resize = new CeRecommendation("382272806015/i-0abc/RIGHTSIZE", CeRecommendation.RIGHTSIZE,
                "382272806015", "i-0abc", "Resize i-0abc from m5.2xlarge to m5.xlarge", "USD",
                new BigDecimal("280.32"), new BigDecimal("140.16"));
        CeRecommendation plan = new CeRecommendation("COMPUTE_SP/ONE_YEAR/NO_UPFRONT/111122223333",
                CeRecommendation.SAVINGS_PLAN, null, null, "Commit 1.20 USD/hour", "USD", new BigDecimal("876.00"),
                new BigDecimal("210.00"));

        List<RecommendationInput> rightsizing = CeRecommendationInputs.rightsizing(List.of(resize));
        List<RecommendationInput> plans = CeRecommendationInputs.savingsPlans(List.of(plan));

        assertThat(rightsizing).containsExactly(new RecommendationInput(RecommendationSource.RIGHTSIZING,
                "382272806015/i-0abc/RIGHTSIZE", RecommendationKind.RIGHTSIZE, "382272806015", "i-0abc",
                "Amazon Elastic Compute Cloud", "Resize i-0abc from m5.2xlarge to m5.xlarge", "USD",
                new BigDecimal("280.32"), new BigDecimal("140.16")));
        assertThat(plans.getFirst().source()).isEqualTo(RecommendationSource.SAVINGS_PLANS);
        assertThat(plans.getFirst().kind()).isEqualTo(RecommendationKind.SAVINGS_PLAN);
        assertThat(plans.getFirst().serviceName()).isNull();
        assertThat(plans.getFirst().subAccountId()).isNull();
    }
}
