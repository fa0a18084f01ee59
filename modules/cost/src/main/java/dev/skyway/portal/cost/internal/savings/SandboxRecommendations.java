package dev.skyway.portal.cost.internal.savings;

import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.RecommendationKind;
import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.internal.SandboxSeedListener;
import dev.skyway.portal.cost.internal.sandbox.FocusGenerator;

/** The sandbox's own savings recommendations, consistent with the generated resources, stored with its cost data. */
@Component
class SandboxRecommendations implements SandboxSeedListener {

    private final RecommendationStore store;

    SandboxRecommendations(RecommendationStore store) {
        this.store = store;
    }

    @Override
    public void seeded(FocusGenerator generator) {
        store.upsert(RecommendationSource.SANDBOX, generator.recommendations().stream()
                .map(s -> new RecommendationInput(RecommendationSource.SANDBOX, s.externalId(),
                        RecommendationKind.valueOf(s.kind()), s.subAccountId(), s.resourceId(), s.serviceName(),
                        s.summary(), "USD", s.monthlyCost(), s.estimatedMonthlySavings()))
                .toList());
    }
}
