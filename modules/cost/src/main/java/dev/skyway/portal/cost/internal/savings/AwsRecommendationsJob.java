package dev.skyway.portal.cost.internal.savings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.internal.aws.CostExplorerRecommendations;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * AWS mode: refreshes the recommendations from Cost Explorer once a day ({@code portal.cost.recommendations.
 * refresh-interval}; off with {@code portal.cost.recommendations.scheduled-refresh=false}). Each source is stored
 * only after it was read in full: a failed or refused read (the request budget) never dismisses what is open.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.cost.recommendations.scheduled-refresh", matchIfMissing = true)
class AwsRecommendationsJob {

    private static final Logger LOG = LoggerFactory.getLogger(AwsRecommendationsJob.class);

    private final AwsClientFactory aws;
    private final CostExplorerRecommendations costExplorer;
    private final RecommendationStore store;

    AwsRecommendationsJob(AwsClientFactory aws, CostExplorerRecommendations costExplorer, RecommendationStore store) {
        this.aws = aws;
        this.costExplorer = costExplorer;
        this.store = store;
    }

    @Scheduled(initialDelayString = "${portal.cost.recommendations.initial-delay:PT5M}",
            fixedDelayString = "${portal.cost.recommendations.refresh-interval:PT24H}")
    @SchedulerLock(name = "cost-recommendations-refresh", lockAtMostFor = "PT30M")
    void refresh() {
        if (aws.mode() != AwsMode.AWS) {
            return;
        }
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
