package dev.skyway.portal.cost.internal.insights;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.aws.CostExplorerAnomalies;
import dev.skyway.portal.cost.internal.aws.CostExplorerForecasts;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/** The Cost Explorer insights' schedule, beside the package-private stores they write. */
@Configuration(proxyBeanMethods = false)
class InsightsConfiguration {

    /**
     * AWS mode, once a day ({@code portal.cost.cost-explorer.insights-interval}, the first
     * {@code portal.cost.cost-explorer.insights-initial-delay} after start; off with
     * {@code portal.cost.cost-explorer.scheduled-insights=false}; once per interval across replicas): Cost Anomaly
     * Detection's anomalies of the last 90 days are merged beside the portal's own, and Cost Explorer's forecast is
     * cached so the forecast page can show it beside the portal's without calling AWS. Each is a few paid requests,
     * counted in the request budget.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.cost.cost-explorer.scheduled-insights", matchIfMissing = true)
    PeriodicJob costExplorerInsightsJob(AwsClientFactory aws, CostExplorerAnomalies anomalies,
                                        CostExplorerForecasts forecasts, AnomalyRows rows, DailyTotals totals,
                                        Clock clock, CostProperties properties) {
        CostExplorerInsights insights = new CostExplorerInsights(aws, anomalies, forecasts, rows, totals, clock);
        return PeriodicJob.of("cost-explorer-insights", new Schedule(properties.costExplorer().insightsInterval(),
                properties.costExplorer().insightsInitialDelay()), insights::refresh);
    }
}
