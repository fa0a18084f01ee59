package dev.skyway.portal.cost.internal.insights;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.internal.aws.CeAnomaly;
import dev.skyway.portal.cost.internal.aws.CeRootCause;
import dev.skyway.portal.cost.internal.aws.CostExplorerAnomalies;
import dev.skyway.portal.cost.internal.aws.CostExplorerForecasts;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;

/**
 * Cost Explorer's insights, in AWS mode: Cost Anomaly Detection's anomalies of the last 90 days merged beside the
 * portal's own, and Cost Explorer's forecast cached so the forecast page can show it beside the portal's without
 * calling AWS. Each is a few paid requests, counted in the request budget. Scheduled by {@link InsightsConfiguration}.
 */
class CostExplorerInsights {

    private static final Logger LOG = LoggerFactory.getLogger(CostExplorerInsights.class);

    private final AwsClientFactory aws;
    private final CostExplorerAnomalies anomalies;
    private final CostExplorerForecasts forecasts;
    private final AnomalyRows rows;
    private final DailyTotals totals;
    private final Clock clock;

    CostExplorerInsights(AwsClientFactory aws, CostExplorerAnomalies anomalies, CostExplorerForecasts forecasts,
                         AnomalyRows rows, DailyTotals totals, Clock clock) {
        this.aws = aws;
        this.anomalies = anomalies;
        this.forecasts = forecasts;
        this.rows = rows;
        this.totals = totals;
        this.clock = clock;
    }

    /** Reads both from AWS (in AWS mode only); a failure of one is logged and leaves the other to run. */
    void refresh() {
        if (aws.mode() != AwsMode.AWS) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try {
            merge(anomalies.anomalies(today.minusDays(90), today));
        } catch (RuntimeException e) {
            LOG.warn("Reading Cost Anomaly Detection failed: {}", e.getMessage());
        }
        try {
            forecasts.forecast(today, today.plusDays(Insights.CE_FORECAST_DAYS), Insights.CE_FORECAST_METRIC);
        } catch (RuntimeException e) {
            LOG.warn("Reading Cost Explorer's forecast failed: {}", e.getMessage());
        }
    }

    void merge(List<CeAnomaly> found) {
        for (CeAnomaly a : found) {
            CeRootCause cause = a.rootCauses().isEmpty() ? null : a.rootCauses().getFirst();
            String account = cause == null ? null : cause.linkedAccount();
            String service = cause == null ? a.dimensionValue() : cause.service();
            String name = account == null ? null : totals.accountName(account);
            List<CostAnomaly.Contributor> contributors = new ArrayList<>();
            for (CeRootCause c : a.rootCauses()) {
                if (c.region() != null) {
                    contributors.add(new CostAnomaly.Contributor("RegionId", c.region(), BigDecimal.ZERO));
                }
                if (c.usageType() != null) {
                    contributors.add(new CostAnomaly.Contributor("x_UsageType", c.usageType(), BigDecimal.ZERO));
                }
            }
            String label = (name != null ? name : account != null ? account : "AWS") + " · "
                    + (service == null ? a.dimensionValue() : service) + " (Cost Anomaly Detection)";
            rows.saveAws(a.anomalyId(), a.startDate(), "aws/" + a.anomalyId(), label, account, service,
                    account == null ? null : totals.teamOf(account, a.startDate()), a.expected(), a.actual(),
                    a.totalImpact(), a.score(), contributors, a.feedback() == null ? null : switch (a.feedback()) {
                        case "YES" -> "UNEXPECTED";
                        case "NO" -> "EXPECTED";
                        case "PLANNED_ACTIVITY" -> "PLANNED";
                        default -> null;
                    });
        }
    }
}
