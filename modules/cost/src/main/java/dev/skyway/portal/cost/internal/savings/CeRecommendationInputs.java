package dev.skyway.portal.cost.internal.savings;

import java.util.List;

import dev.skyway.portal.cost.RecommendationKind;
import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.internal.aws.CeRecommendation;

/** Cost Explorer's recommendations as store inputs. */
public final class CeRecommendationInputs {

    /** FOCUS's {@code ServiceName} for EC2, where rightsizing's savings show. */
    static final String EC2 = "Amazon Elastic Compute Cloud";

    private CeRecommendationInputs() {
    }

    /** {@code CostExplorerRecommendations.rightsizing()} → source {@code RIGHTSIZING}. */
    public static List<RecommendationInput> rightsizing(List<CeRecommendation> recommendations) {
        return recommendations.stream().map(r -> from(RecommendationSource.RIGHTSIZING, r)).toList();
    }

    /** {@code CostExplorerRecommendations.savingsPlans()} → source {@code SAVINGS_PLANS}. */
    public static List<RecommendationInput> savingsPlans(List<CeRecommendation> recommendations) {
        return recommendations.stream().map(r -> from(RecommendationSource.SAVINGS_PLANS, r)).toList();
    }

    /** @throws IllegalArgumentException when the kind is not one the portal tracks */
    public static RecommendationInput from(RecommendationSource source, CeRecommendation r) {
        RecommendationKind kind = RecommendationKind.valueOf(r.kind());
        return new RecommendationInput(source, r.externalId(), kind, r.subAccountId(), r.resourceId(),
                kind == RecommendationKind.SAVINGS_PLAN ? null : EC2, r.summary(), r.currency(), r.monthlyCost(),
                r.estimatedMonthlySavings());
    }
}
