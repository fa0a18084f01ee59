package dev.skyway.portal.cost.internal.savings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.aws.CostExplorerRecommendations;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/**
 * AWS mode: refreshes the recommendations from Cost Explorer once a day ({@code portal.cost.recommendations.
 * refresh-interval}, the first {@code portal.cost.recommendations.initial-delay} after start; off with
 * {@code portal.cost.recommendations.scheduled-refresh=false}), once per interval across replicas. Each source is
 * stored only after it was read in full: a failed or refused read (the request budget) never dismisses what is open.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.cost.recommendations.scheduled-refresh", matchIfMissing = true)
class AwsRecommendationsJob implements PeriodicJob {

    private static final Logger LOG = LoggerFactory.getLogger(AwsRecommendationsJob.class);

    private final AwsClientFactory aws;
    private final CostExplorerRecommendations costExplorer;
    private final RecommendationStore store;
    private final Schedule schedule;

    AwsRecommendationsJob(AwsClientFactory aws, CostExplorerRecommendations costExplorer, RecommendationStore store,
                          CostProperties properties) {
        this.aws = aws;
        this.costExplorer = costExplorer;
        this.store = store;
        this.schedule = new Schedule(properties.recommendations().refreshInterval(),
                properties.recommendations().initialDelay());
    }

    @Override
    public String name() {
        return "cost-recommendations-refresh";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
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
