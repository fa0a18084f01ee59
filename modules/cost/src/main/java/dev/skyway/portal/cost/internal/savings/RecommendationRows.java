package dev.skyway.portal.cost.internal.savings;

import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationKind;
import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.RecommendationStatus;
import dev.skyway.schema.cost.tables.records.RecommendationRecord;

/** A stored row as a recommendation: no account name yet, and for a done one only its baseline (not measured). */
final class RecommendationRows {

    private RecommendationRows() {
    }

    static Recommendation of(RecommendationRecord r) {
        RecommendationStatus status = RecommendationStatus.valueOf(r.getStatus());
        return new Recommendation(r.getId(), RecommendationSource.valueOf(r.getSource()), r.getExternalId(),
                RecommendationKind.valueOf(r.getKind()),
                new Recommendation.Target(r.getSubAccountId(), null, r.getResourceId(), r.getServiceName()),
                r.getSummary(), new Recommendation.Figures(r.getCurrency(), r.getMonthlyCost(),
                r.getEstimatedMonthlySavings()),
                new Recommendation.Tracking(status, r.getStatusReason(), r.getDoneAt(), r.getUpdatedBy(),
                        r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant()),
                status == RecommendationStatus.DONE && r.getDoneAt() != null
                        ? new Recommendation.Realized(r.getDoneAt(), r.getBaselineDailyCost(), 0, null, null) : null);
    }
}
