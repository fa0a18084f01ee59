package dev.skyway.portal.cost.internal.savings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.aws.CostExplorerRecommendations;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/** The Cost Explorer recommendations' refresh, beside the store it writes. */
@Configuration(proxyBeanMethods = false)
class SavingsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SavingsConfiguration.class);

    /**
     * AWS mode: refreshes the recommendations from Cost Explorer once a day ({@code portal.cost.recommendations.
     * refresh-interval}, the first {@code portal.cost.recommendations.initial-delay} after start; off with
     * {@code portal.cost.recommendations.scheduled-refresh=false}), once per interval across replicas. Each source is
     * stored only after it was read in full: a failed or refused read (the request budget) never dismisses what is
     * open.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.cost.recommendations.scheduled-refresh", matchIfMissing = true)
    PeriodicJob awsRecommendationsJob(AwsClientFactory aws, CostExplorerRecommendations costExplorer,
                                      RecommendationStore store, CostProperties properties) {
        return PeriodicJob.of("cost-recommendations-refresh", new Schedule(
                properties.recommendations().refreshInterval(), properties.recommendations().initialDelay()), () -> {
                    if (aws.mode() == AwsMode.AWS) {
                        refresh(costExplorer, store);
                    }
                });
    }

    private static void refresh(CostExplorerRecommendations costExplorer, RecommendationStore store) {
        try {
            store.upsert(RecommendationSource.RIGHTSIZING, CeRecommendationInputs.rightsizing(
                    costExplorer.rightsizing()));
            store.upsert(RecommendationSource.SAVINGS_PLANS, CeRecommendationInputs.savingsPlans(
                    costExplorer.savingsPlans()));
        } catch (RuntimeException e) {
            LOG.warn("Refreshing the savings recommendations from Cost Explorer failed: {}", e.getMessage());
        }
    }
}
